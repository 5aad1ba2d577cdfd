// The authorization matrix, cell by cell: every API route x caller from lib/authz/access-matrix.ts,
// called as Next calls the route handlers (bearer tokens), in the assessment state the row names.
// A refusal changes nothing (row counts and the assessment's workflow fields before and after).
// A second part walks app/api/v1 and app/[locale]/(app) so no route or page goes without a row.
// Runs on SQLite and PostgreSQL.
import { readdirSync } from "node:fs";
import path from "node:path";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import * as answersExport from "@/app/api/v1/answers/route";
import * as assessmentAnswer from "@/app/api/v1/assessments/[id]/answers/[questionId]/route";
import * as assessmentAudit from "@/app/api/v1/assessments/[id]/audit/route";
import * as assessmentComments from "@/app/api/v1/assessments/[id]/comments/[questionId]/route";
import * as assessmentEvidence from "@/app/api/v1/assessments/[id]/evidence/route";
import * as assessmentReview from "@/app/api/v1/assessments/[id]/review/route";
import * as assessmentReviews from "@/app/api/v1/assessments/[id]/reviews/[questionId]/route";
import * as assessmentDetail from "@/app/api/v1/assessments/[id]/route";
import * as assessmentSignOff from "@/app/api/v1/assessments/[id]/sign-off/route";
import * as assessmentSubmit from "@/app/api/v1/assessments/[id]/submit/route";
import * as assessmentTransitions from "@/app/api/v1/assessments/[id]/transitions/route";
import * as assessmentWorkbookRoute from "@/app/api/v1/assessments/[id]/workbook/route";
import * as questionnairePdfRoute from "@/app/api/v1/assessments/[id]/questionnaire.pdf/route";
import { assessmentWorkbook } from "@/lib/server/assessments/assessment-workbook";
import * as assessmentList from "@/app/api/v1/assessments/route";
import * as gapsCsv from "@/app/api/v1/dashboards/gaps.csv/route";
import * as evidenceItem from "@/app/api/v1/evidence/[evidenceId]/route";
import * as me from "@/app/api/v1/me/route";
import * as notificationsRead from "@/app/api/v1/notifications/read/route";
import * as notifications from "@/app/api/v1/notifications/route";
import * as openapi from "@/app/api/v1/openapi.json/route";
import * as plansXlsx from "@/app/api/v1/plans/xlsx/route";
import * as translationWorkbook from "@/app/api/v1/questionnaires/[key]/translations/[lang]/route";
import * as reportPdf from "@/app/api/v1/reports/[assessmentId]/pdf/route";
import * as reviewQueue from "@/app/api/v1/review-queue/route";
import * as scores from "@/app/api/v1/scores/route";
import * as publicCountry from "@/app/api/v1/public/countries/[iso3]/route";
import * as publicScores from "@/app/api/v1/public/scores/route";
import { API_MATRIX, CALLERS, PAGE_MATRIX, type TApiRow, type TCaller } from "@/lib/authz/access-matrix";
import type { TActor } from "@/lib/authz/policy";
import { answersTemplate } from "@/lib/scoring/templates";
import { saveAnswer } from "@/lib/server/assessments/save-answer";
import { db } from "@/lib/server/db";
import { addEvidenceLink } from "@/lib/server/evidence/add-evidence-link";
import { uploadEvidenceFile } from "@/lib/server/evidence/upload-evidence-file";
import { loadStoredVersion } from "@/lib/server/questionnaires/get-questionnaire-version";
import { postComment } from "@/lib/server/review/post-comment";
import { publishCycle } from "@/lib/server/cycles/publish-cycle";
import * as draftedConfirm from "@/app/api/v1/assessments/[id]/drafted/confirm/route";
import * as publicConsent from "@/app/api/v1/assessments/[id]/public-consent/route";
import * as evidencePublic from "@/app/api/v1/evidence/[evidenceId]/public/route";
import * as cyclePublication from "@/app/api/v1/cycles/[id]/publication/route";
import * as validationDeadline from "@/app/api/v1/cycles/[id]/validation-deadline/route";
import { apiRequest, makeCallers, routeContext, type TPerson } from "../support/api-callers";
import { openTestCycle } from "../support/assessment-fixtures";
import { MINIMAL_PDF } from "../support/evidence-files";

// One question of an assigned pillar (Legal) and one of an unassigned pillar (Organizational).
const ASSIGNED = "data-protection-law";
/** A validation deadline well ahead of any test run. */
const DEADLINE = `${new Date().getUTCFullYear() + 1}-06-30`;
const UNASSIGNED = "national-strategy-adopted";
/** The gap flag the worst answer to UNASSIGNED raises. */
const UNASSIGNED_FLAG = "no-national-strategy";

const PERSON: Record<Exclude<TCaller, "anonymous">, TPerson> = {
  focalOther: "focalFra",
  contributorUnassigned: "contributorKen",
  contributor: "contributorKen",
  focal: "focalKen",
  reviewer: "reviewer",
  admin: "admin",
};

let ken: string;
let cycleId: string;
let fixtureAssessments: string[];
let actors: Record<TPerson, TActor>;
let tokens: Partial<Record<string, string>>;
const fileOn = {} as Record<"assigned" | "unassigned", string>;

type THandler = (request: NextRequest, context: { params: Promise<never> }) => Promise<Response>;
const handler = (mod: object, method: string) => (mod as Record<string, THandler>)[method]!;

/** One cell's call: `questionId` is the assigned or unassigned question, as the caller's cell asks; `made` what PREPARE made. */
type TCell = { token?: string; questionId: string; target: "assigned" | "unassigned"; made: { evidenceId?: string; value?: unknown; revision?: number } };
type TCall = (c: TCell) => Promise<Response>;

const get =
  (mod: object, url: string, params: Record<string, string> = {}): TCall =>
  ({ token }) =>
    handler(mod, "GET")(apiRequest(token, url), routeContext(params as never));
const send = (mod: object, method: string, url: string, params: Record<string, string>, body?: unknown) => (token?: string) =>
  handler(mod, method)(apiRequest(token, url, { method, body }), routeContext(params as never));

async function revisionOf(questionId: string) {
  const row = await db().answer.findUniqueOrThrow({ where: { assessmentId_questionId: { assessmentId: ken, questionId } } });
  return { value: JSON.parse(row.value) as unknown, revision: row.revision };
}

function upload(token: string | undefined, questionId: string) {
  const body = new FormData();
  body.set("questionId", questionId);
  body.set("file", new File([MINIMAL_PDF], "matrix.pdf", { type: "application/pdf" }));
  const headers = token ? { authorization: `Bearer ${token}` } : undefined;
  const request = new NextRequest(`http://localhost:3000/api/v1/assessments/${ken}/evidence`, { method: "POST", headers, body });
  return handler(assessmentEvidence, "POST")(request, routeContext({ id: ken } as never));
}

const transition =
  (name: string, reason?: string): TCall =>
  ({ token }) =>
    send(assessmentTransitions, "POST", `/api/v1/assessments/${ken}/transitions`, { id: ken }, { transition: name, reason })(token);

/** One way of calling each row of the table, by row id. */
const CALLS: Record<string, () => TCall> = {
  "GET /api/v1/me": () => get(me, "/api/v1/me"),
  "GET /api/v1/public/scores": () => get(publicScores, `/api/v1/public/scores?cycle=${cycleId}`),
  "GET /api/v1/public/countries/{iso3}": () => get(publicCountry, `/api/v1/public/countries/KEN?cycle=${cycleId}`, { iso3: "KEN" }),
  "GET /api/v1/openapi.json": () => async () => openapi.GET(),
  "GET /api/v1/assessments": () => get(assessmentList, "/api/v1/assessments"),
  "GET /api/v1/assessments/{id}": () => get(assessmentDetail, `/api/v1/assessments/${ken}`, { id: ken }),
  // The stored value with a new comment: a real write that keeps the assessment complete.
  "PUT /api/v1/assessments/{id}/answers/{questionId}":
    () =>
    ({ token, questionId, made: { value, revision } }) =>
      send(
        assessmentAnswer,
        "PUT",
        `/api/v1/assessments/${ken}/answers/${questionId}`,
        { id: ken, questionId },
        { value, revision, comment: `matrix ${revision}` },
      )(token),
  "GET /api/v1/assessments/{id}/audit": () => get(assessmentAudit, `/api/v1/assessments/${ken}/audit`, { id: ken }),
  "POST /api/v1/assessments/{id}/comments/{questionId}":
    () =>
    ({ token, questionId }) =>
      send(assessmentComments, "POST", `/api/v1/assessments/${ken}/comments/${questionId}`, { id: ken, questionId }, { body: "matrix comment" })(token),
  "GET /api/v1/assessments/{id}/evidence": () => get(assessmentEvidence, `/api/v1/assessments/${ken}/evidence`, { id: ken }),
  "POST /api/v1/assessments/{id}/evidence (link)":
    () =>
    ({ token, questionId }) =>
      send(assessmentEvidence, "POST", `/api/v1/assessments/${ken}/evidence`, { id: ken }, { questionId, url: "https://gov.example.ke/matrix" })(token),
  "POST /api/v1/assessments/{id}/evidence (upload)":
    () =>
    ({ token, questionId }) =>
      upload(token, questionId),
  "GET /api/v1/assessments/{id}/review": () => get(assessmentReview, `/api/v1/assessments/${ken}/review`, { id: ken }),
  "PUT /api/v1/assessments/{id}/reviews/{questionId}":
    () =>
    ({ token, questionId }) =>
      send(assessmentReviews, "PUT", `/api/v1/assessments/${ken}/reviews/${questionId}`, { id: ken, questionId }, { state: "accepted" })(token),
  "GET /api/v1/assessments/{id}/questionnaire.pdf": () => get(questionnairePdfRoute, `/api/v1/assessments/${ken}/questionnaire.pdf`, { id: ken }),
  "GET /api/v1/assessments/{id}/workbook": () => get(assessmentWorkbookRoute, `/api/v1/assessments/${ken}/workbook`, { id: ken }),
  "POST /api/v1/assessments/{id}/workbook":
    () =>
    async ({ token }) => {
      const { bytes } = await assessmentWorkbook(actors.focalKen, ken);
      const body = new FormData();
      body.append("file", new File([new Uint8Array(bytes)], "answers.xlsx"));
      const request = new NextRequest(`http://localhost:3000/api/v1/assessments/${ken}/workbook`, {
        method: "POST",
        body,
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
      return handler(assessmentWorkbookRoute, "POST")(request, routeContext({ id: ken } as never));
    },
  "POST /api/v1/assessments/{id}/submit":
    () =>
    ({ token }) =>
      send(assessmentSubmit, "POST", `/api/v1/assessments/${ken}/submit`, { id: ken })(token),
  "POST /api/v1/assessments/{id}/transitions (submit)": () => transition("submit"),
  "POST /api/v1/assessments/{id}/transitions (start-review)": () => transition("start-review"),
  "POST /api/v1/assessments/{id}/transitions (return)": () => transition("return", "matrix: please add the decree"),
  "POST /api/v1/assessments/{id}/transitions (validate)": () => transition("validate"),
  "POST /api/v1/assessments/{id}/transitions (reopen)": () => transition("reopen", "matrix: a correction"),
  "POST /api/v1/assessments/{id}/sign-off":
    () =>
    ({ token }) =>
      send(assessmentSignOff, "POST", `/api/v1/assessments/${ken}/sign-off`, { id: ken }, { decision: "confirmed" })(token),
  "GET /api/v1/evidence/{evidenceId}":
    () =>
    ({ token, target }) =>
      get(evidenceItem, `/api/v1/evidence/${fileOn[target]}`, { evidenceId: fileOn[target] })({ token, target, questionId: "", made: {} }),
  "DELETE /api/v1/evidence/{evidenceId}":
    () =>
    ({ token, made: { evidenceId } }) =>
      send(evidenceItem, "DELETE", `/api/v1/evidence/${evidenceId}`, { evidenceId: evidenceId! })(token),
  "GET /api/v1/answers": () => get(answersExport, `/api/v1/answers?cycle=${cycleId}&format=csv`),
  "GET /api/v1/scores": () => get(scores, `/api/v1/scores?cycle=${cycleId}&format=csv`),
  "GET /api/v1/dashboards/gaps.csv": () => get(gapsCsv, `/api/v1/dashboards/gaps.csv?cycle=${cycleId}`),
  "GET /api/v1/reports/{assessmentId}/pdf (draft)": () => get(reportPdf, `/api/v1/reports/${ken}/pdf`, { assessmentId: ken }),
  "GET /api/v1/reports/{assessmentId}/pdf (validated)": () => get(reportPdf, `/api/v1/reports/${ken}/pdf`, { assessmentId: ken }),
  "GET /api/v1/plans/xlsx": () => get(plansXlsx, `/api/v1/plans/xlsx?cycle=${cycleId}`),
  "GET /api/v1/review-queue": () => get(reviewQueue, "/api/v1/review-queue"),
  "GET /api/v1/notifications": () => get(notifications, "/api/v1/notifications"),
  "GET /api/v1/questionnaires/{key}/translations/{lang}": () =>
    get(translationWorkbook, "/api/v1/questionnaires/five-pillars%402024/translations/ar", { key: "five-pillars@2024", lang: "ar" }),
  "POST /api/v1/assessments/{id}/drafted/confirm":
    () =>
    ({ token }) =>
      send(draftedConfirm, "POST", `/api/v1/assessments/${ken}/drafted/confirm`, { id: ken }, { questionIds: [ASSIGNED] })(token),
  "POST /api/v1/assessments/{id}/public-consent":
    () =>
    ({ token }) =>
      send(publicConsent, "POST", `/api/v1/assessments/${ken}/public-consent`, { id: ken }, { consent: true })(token),
  "POST /api/v1/evidence/{evidenceId}/public":
    () =>
    ({ token, made: { evidenceId } }) =>
      send(evidencePublic, "POST", `/api/v1/evidence/${evidenceId}/public`, { evidenceId: evidenceId! }, { isPublic: true })(token),
  // Published, then withdrawn again at once, so the public rows still find nothing published.
  "POST /api/v1/cycles/{id}/publication":
    () =>
    async ({ token }) => {
      const res = await send(
        cyclePublication,
        "POST",
        `/api/v1/cycles/${cycleId}/publication`,
        { id: cycleId },
        { action: "publish", rule: "consented" },
      )(token);
      if (res.ok) await publishCycle(actors.admin, cycleId, { action: "withdraw" });
      return res;
    },
  "PUT /api/v1/cycles/{id}/validation-deadline":
    () =>
    ({ token }) =>
      send(validationDeadline, "PUT", `/api/v1/cycles/${cycleId}/validation-deadline`, { id: cycleId }, { deadline: DEADLINE })(token),
  "POST /api/v1/notifications/read":
    () =>
    ({ token }) =>
      send(notificationsRead, "POST", "/api/v1/notifications/read", {})(token),
};

/** What a row needs made before the "before" snapshot is taken. */
const PREPARE: Record<string, (questionId: string) => Promise<TCell["made"]>> = {
  "PUT /api/v1/assessments/{id}/answers/{questionId}": (questionId) => revisionOf(questionId),
  // Confirming needs the cycle's deadline ahead.
  "POST /api/v1/assessments/{id}/drafted/confirm": async () => {
    await db().cycle.update({ where: { id: cycleId }, data: { validationDeadline: new Date(`${DEADLINE}T23:59:59.999Z`) } });
    return {};
  },
  "POST /api/v1/evidence/{evidenceId}/public": async (questionId) => ({
    evidenceId: (await addEvidenceLink(actors.focalKen, ken, { questionId, url: "https://gov.example.ke/public-link" })).id,
  }),
  // A fresh item for every cell, so an allowed removal leaves the fixtures as they were.
  "DELETE /api/v1/evidence/{evidenceId}": async (questionId) => ({
    evidenceId: (await addEvidenceLink(actors.focalKen, ken, { questionId, url: "https://gov.example.ke/to-remove" })).id,
  }),
};

/**
 * What a refused call must leave as it was: the rows of this file's cycle, and everything its
 * callers did or were told. Other files may write meanwhile (they may run in parallel), so the
 * counts are of this fixture's rows, not of whole tables.
 */
async function snapshot() {
  const d = db();
  const mine = { assessmentId: { in: fixtureAssessments } };
  const people = Object.values(actors).map((a) => a.userId);
  const [answers, revisions, changes, evidence, removed, comments, reviews, auditEntries, notes, unread, assessment] = await Promise.all([
    d.answer.count({ where: mine }),
    d.answer.aggregate({ where: mine, _sum: { revision: true } }),
    d.answerChange.count({ where: mine }),
    d.evidence.count({ where: mine }),
    d.evidence.count({ where: { ...mine, deletedAt: { not: null } } }),
    d.reviewComment.count({ where: mine }),
    d.answerReview.count({ where: mine }),
    d.auditLog.count({ where: { OR: [{ assessmentId: { in: fixtureAssessments } }, { entityId: cycleId }, { actorId: { in: people } }] } }),
    // Notifications about this fixture only: its reviewers are told of other files' submissions too.
    d.notification.count({ where: mine }),
    d.notification.count({ where: { ...mine, readAt: null } }),
    d.assessment.findUniqueOrThrow({ where: { id: ken }, select: { status: true, signOff: true, submittedAt: true, validatedAt: true, assigneeId: true } }),
  ]);
  return { answers, revisions: revisions._sum.revision, changes, evidence, removed, comments, reviews, auditEntries, notes, unread, assessment };
}

beforeAll(async () => {
  const cycle = await openTestCycle(["KEN", "FRA"]);
  cycleId = cycle.cycleId;
  ken = cycle.byCountry.KEN!;
  fixtureAssessments = Object.values(cycle.byCountry);
  ({ actors, tokens } = await makeCallers());
  const { questionnaireVersionId } = await db().cycle.findUniqueOrThrow({ where: { id: cycleId } });
  const version = await loadStoredVersion(questionnaireVersionId);
  expect([version.questionById[ASSIGNED]?.pillar, version.questionById[UNASSIGNED]?.pillar]).toEqual(["legal", "organizational"]);
  // Every question answered (so the focal point may submit), evidence and a thread in both pillars.
  for (const [questionId, value] of Object.entries(answersTemplate(version, "worst")))
    await saveAnswer(actors.focalKen, ken, questionId, { value, revision: 0 });
  for (const [target, questionId] of [
    ["assigned", ASSIGNED],
    ["unassigned", UNASSIGNED],
  ] as const) {
    fileOn[target] = (await uploadEvidenceFile(actors.focalKen, ken, { questionId, fileName: `${target}.pdf`, bytes: MINIMAL_PDF })).id;
    await addEvidenceLink(actors.focalKen, ken, { questionId, url: `https://gov.example.ke/${target}` });
    await postComment(actors.focalKen, ken, questionId, { body: `a note on ${questionId}` });
  }
});

/**
 * What must never appear in what a caller reads: Kenya for France; for the contributor, the
 * unassigned question, its evidence, and the gap flag its answer raises ("no national strategy").
 */
const hiddenFrom = (caller: TCaller): string[] =>
  caller === "focalOther"
    ? [ken, "KEN"]
    : caller === "contributor" || caller === "contributorUnassigned"
      ? [UNASSIGNED, UNASSIGNED_FLAG, fileOn.unassigned, "gov.example.ke/unassigned"]
      : [];

async function runCell(row: TApiRow, caller: TCaller) {
  // The state the operation needs, set directly, for every cell: an allowed transition moves it on.
  await db().assessment.update({ where: { id: ken }, data: { status: row.state } });
  const target = row.pillarTarget && caller === "contributorUnassigned" ? "unassigned" : "assigned";
  const token = caller === "anonymous" ? undefined : tokens[PERSON[caller]];
  const questionId = target === "assigned" ? ASSIGNED : UNASSIGNED;
  const made = (await PREPARE[row.id]?.(questionId)) ?? {};
  const before = await snapshot();
  const res = await CALLS[row.id]!()({ token, questionId, target, made });
  const expected = row.expect[caller];
  const detail = `${row.id} as ${caller}: ${res.status} ${res.status >= 300 ? await res.clone().text() : ""}`;
  if (expected === "allow") {
    expect(res.status >= 200 && res.status < 300, detail).toBe(true);
    // An allowed read of a list or an export shows no more than the caller may see.
    const text = /json|csv/.test(res.headers.get("content-type") ?? "") ? await res.text() : (await res.arrayBuffer(), "");
    if (row.id === "GET /api/v1/openapi.json") {
      // The API description is public documentation, the same for everyone; its examples are not data.
      expect(text).toBe(await (await openapi.GET()).text());
    } else {
      for (const secret of hiddenFrom(caller)) expect(text.includes(secret), `${row.id} as ${caller} shows ${secret}`).toBe(false);
    }
  } else {
    expect(res.status, detail).toBe(expected);
  }
  // A refusal, and any read, leaves everything as it was.
  if (expected !== "allow" || row.method === "GET") expect(await snapshot(), detail).toEqual(before);
}

describe("the fixtures", () => {
  const gaps = async (token?: string) =>
    (await get(gapsCsv, `/api/v1/dashboards/gaps.csv?cycle=${cycleId}`)({ token, questionId: "", target: "assigned", made: {} })).text();

  it("raise the flag the contributor must not see (reviewers and the focal point see it)", async () => {
    expect(await gaps(tokens.reviewer)).toContain(UNASSIGNED_FLAG);
    expect(await gaps(tokens.focalKen)).toContain(UNASSIGNED_FLAG);
  });

  it("leave the contributor the flags of their own pillars", async () => {
    const csv = await gaps(tokens.contributorKen);
    expect(csv).toContain("no-national-cirt");
    expect(csv).not.toContain(UNASSIGNED_FLAG);
  });
});

describe.each(API_MATRIX.map((row) => [row.id, row] as const))("%s", (_id, row) => {
  it.each(CALLERS.map((c) => [c, row.expect[c]] as const))("%s: %s", async (caller) => {
    await runCell(row, caller);
  });
});

// The route files and their exported methods, and the page files, as they are on disk.
const ROOT = process.cwd();
const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

function filesNamed(dir: string, name: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return filesNamed(full, name, base);
    return e.name === name ? [path.relative(base, full).split(path.sep).join("/")] : [];
  });
}

describe("the table covers every route and page", () => {
  it("every route file and exported method under app/api/v1 has a row, and every row a route", async () => {
    const onDisk: string[] = [];
    for (const file of filesNamed(path.join(ROOT, "app/api/v1"), "route.ts")) {
      const mod = (await import(/* @vite-ignore */ path.join(ROOT, "app/api/v1", file))) as Record<string, unknown>;
      for (const method of HTTP_METHODS) if (typeof mod[method] === "function") onDisk.push(`${method} ${file}`);
    }
    expect(onDisk.length).toBeGreaterThan(20);
    expect([...new Set(API_MATRIX.map((r) => `${r.method} ${r.file}`))].sort()).toEqual(onDisk.sort());
  });

  it("every row has a way to be called, and ids are unique", () => {
    expect(API_MATRIX.filter((r) => !CALLS[r.id]).map((r) => r.id)).toEqual([]);
    expect(Object.keys(CALLS).filter((id) => !API_MATRIX.some((r) => r.id === id))).toEqual([]);
    expect(new Set(API_MATRIX.map((r) => r.id)).size).toBe(API_MATRIX.length);
  });

  it("every page under app/[locale]/(app) has a row, and every row a page", () => {
    const onDisk = filesNamed(path.join(ROOT, "app/[locale]/(app)"), "page.tsx");
    expect(PAGE_MATRIX.map((r) => r.file).sort()).toEqual(onDisk.sort());
  });
});
