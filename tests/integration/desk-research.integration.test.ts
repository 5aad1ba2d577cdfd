// Desk research and country validation (issue 16, items 1-2), end to end through the operations the
// routes and pages call: a reviewer drafts answers from public sources for a country that has not
// started, the focal point confirms or corrects each before the cycle's deadline, and a country that
// lets the deadline pass is validated without its confirmation. Runs on SQLite and PostgreSQL.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as answersRoute } from "@/app/api/v1/answers/route";
import { PUT as saveAnswerRoute } from "@/app/api/v1/assessments/[id]/answers/[questionId]/route";
import type { TActor } from "@/lib/authz/policy";
import { answersTemplate } from "@/lib/scoring/templates";
import { assessmentDocument } from "@/lib/server/assessments/assessment-document";
import { confirmDraftedAnswers } from "@/lib/server/assessments/confirm-drafted-answers";
import { saveAnswer } from "@/lib/server/assessments/save-answer";
import { setValidationDeadline } from "@/lib/server/cycles/set-validation-deadline";
import { getOverviewData } from "@/lib/server/dashboards/get-overview-data";
import { db } from "@/lib/server/db";
import { addEvidenceLink } from "@/lib/server/evidence/add-evidence-link";
import { loadStoredVersion } from "@/lib/server/questionnaires/get-questionnaire-version";
import { loadCountryReport } from "@/lib/server/reports/load-country-report";
import { reviewQueue } from "@/lib/server/review/review-queue";
import { transitionAssessment } from "@/lib/server/review/transition-assessment";
import { createApiToken } from "@/lib/server/tokens/create-api-token";
import type { TNormalizedQuestionnaire } from "@/lib/questionnaire/model";
import { apiRequest, jsonOf, routeContext } from "../support/api-callers";
import { openTestCycle } from "../support/assessment-fixtures";
import { makeUser } from "../support/factories";

const SOURCE = { url: "https://www.gov.example.mw/ict-act-2016", title: "Electronic Transactions and Cyber Security Act, 2016", accessedOn: "2026-11-20" };

let cycleId: string;
let ids: Record<string, string>;
let version: TNormalizedQuestionnaire;
let admin: TActor;
let reviewer: TActor;
let reviewer2: TActor;
let focal: Record<"MWI" | "ZMB", TActor>;
let contributor: TActor;
let reviewerToken: string;
let template: Record<string, unknown>;

const deadlineIn = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const revisionOf = async (assessmentId: string, questionId: string) =>
  (await db().answer.findUnique({ where: { assessmentId_questionId: { assessmentId, questionId } } }))?.revision ?? 0;

/** A reviewer drafts every answer of the template with the source, through saveAnswer. */
async function draftAll(assessmentId: string, who: TActor) {
  for (const [questionId, value] of Object.entries(template))
    await saveAnswer(who, assessmentId, questionId, { value: value as never, revision: 0, source: SOURCE });
}

beforeAll(async () => {
  ({ cycleId, byCountry: ids } = await openTestCycle(["MWI", "ZMB", "TZA"]));
  admin = await makeUser("admin");
  reviewer = await makeUser("reviewer");
  reviewer2 = await makeUser("reviewer");
  focal = { MWI: await makeUser("focal-point", { country: "MWI" }), ZMB: await makeUser("focal-point", { country: "ZMB" }) };
  contributor = await makeUser("contributor", { country: "MWI", pillars: ["legal"] });
  reviewerToken = (await createApiToken(reviewer, { name: "desk" })).secret;
  version = await loadStoredVersion((await db().cycle.findUniqueOrThrow({ where: { id: cycleId } })).questionnaireVersionId);
  template = answersTemplate(version, "best");
}, 120_000);

describe("a reviewer drafts from desk research", () => {
  it("only for a country that has not started, and never writes while the country drafts", async () => {
    // Zambia starts answering itself.
    await saveAnswer(focal.ZMB, ids.ZMB!, "national-cirt", { value: "in-place", revision: 0 });
    await expect(transitionAssessment(reviewer, ids.ZMB!, "start-desk-research")).rejects.toMatchObject({ code: "conflict", details: { guard: "started" } });
    await expect(saveAnswer(reviewer, ids.MWI!, "national-cirt", { value: "in-place", revision: 0, source: SOURCE })).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(transitionAssessment(focal.MWI, ids.MWI!, "start-desk-research")).rejects.toMatchObject({ code: "forbidden" });
    expect(await transitionAssessment(reviewer, ids.MWI!, "start-desk-research")).toEqual({ status: "desk-research" });
    expect((await db().assessment.findUniqueOrThrow({ where: { id: ids.MWI! } })).origin).toBe("desk-research");
  });

  it("each drafted answer needs its source, and the country cannot write meanwhile", async () => {
    await expect(saveAnswer(reviewer, ids.MWI!, "national-cirt", { value: "in-place", revision: 0 })).rejects.toMatchObject({
      code: "invalid",
      fields: { source: expect.any(String) },
    });
    await expect(
      saveAnswer(reviewer, ids.MWI!, "national-cirt", { value: "in-place", revision: 0, source: { ...SOURCE, url: "javascript:alert(1)" } }),
    ).rejects.toMatchObject({ name: "ZodError" });
    await expect(saveAnswer(focal.MWI, ids.MWI!, "national-cirt", { value: "in-place", revision: 0 })).rejects.toMatchObject({ code: "conflict" });
    expect(await db().answer.count({ where: { assessmentId: ids.MWI! } })).toBe(0);
  });

  it("two reviewers drafting one answer at once: exactly one wins each revision, and every acknowledged save is stored", async () => {
    const attempts = Array.from({ length: 12 }, (_, i) =>
      saveAnswer(i % 2 ? reviewer : reviewer2, ids.MWI!, "national-cirt", {
        value: i % 3 === 0 ? "in-place" : "partially-in-place",
        revision: 0,
        source: { ...SOURCE, excerpt: `attempt ${i}` },
      }).then(
        (r) => ({ ok: true as const, r }),
        (e: { code?: string }) => ({ ok: false as const, code: e.code }),
      ),
    );
    const results = await Promise.all(attempts);
    const changed = results.filter((x) => x.ok && !x.r.unchanged);
    expect(changed).toHaveLength(1);
    expect(results.filter((x) => !x.ok).every((x) => x.code === "conflict")).toBe(true);
    const stored = await db().answer.findUniqueOrThrow({ where: { assessmentId_questionId: { assessmentId: ids.MWI!, questionId: "national-cirt" } } });
    expect(stored.revision).toBe(1);
    expect(JSON.parse(stored.value)).toEqual((changed[0] as { r: { value: unknown } }).r.value);
    expect(stored.provenance).toBe("desk-research");
    expect(await db().answerChange.count({ where: { assessmentId: ids.MWI!, questionId: "national-cirt" } })).toBe(1);
  });

  it("the API takes the source too, and keeps it with the answer and its history", async () => {
    const res = await saveAnswerRoute(
      apiRequest(reviewerToken, `/api/v1/assessments/${ids.MWI}/answers/data-protection-law`, {
        method: "PUT",
        body: { value: template["data-protection-law"], revision: 0, source: { ...SOURCE, excerpt: "Part VII protects personal data" } },
      }),
      routeContext({ id: ids.MWI!, questionId: "data-protection-law" }),
    );
    expect(res.status).toBe(200);
    const row = await db().answer.findUniqueOrThrow({ where: { assessmentId_questionId: { assessmentId: ids.MWI!, questionId: "data-protection-law" } } });
    expect(row).toMatchObject({
      provenance: "desk-research",
      sourceUrl: SOURCE.url,
      sourceTitle: SOURCE.title,
      sourceAccessedOn: "2026-11-20",
      sourceExcerpt: "Part VII protects personal data",
    });
    const change = await db().answerChange.findFirstOrThrow({ where: { assessmentId: ids.MWI!, questionId: "data-protection-law" } });
    expect(change.provenance).toBe("desk-research");
  });
});

describe("a drafted answer's source", () => {
  it("changed alone is a new revision; sent again unchanged, it is not", async () => {
    const q = "data-protection-law";
    const value = template[q] as never;
    const first = await saveAnswer(reviewer, ids.MWI!, q, {
      value,
      revision: 1,
      source: { ...SOURCE, title: "Data Protection Act, 2024", excerpt: "Part VII" },
    });
    expect({ revision: first.revision, unchanged: first.unchanged }).toEqual({ revision: 2, unchanged: false });
    const again = await saveAnswer(reviewer, ids.MWI!, q, {
      value,
      revision: 2,
      source: { ...SOURCE, title: "Data Protection Act, 2024", excerpt: "Part VII" },
    });
    expect({ revision: again.revision, unchanged: again.unchanged }).toEqual({ revision: 2, unchanged: true });
    const row = await db().answer.findUniqueOrThrow({ where: { assessmentId_questionId: { assessmentId: ids.MWI!, questionId: q } } });
    expect(row.sourceTitle).toBe("Data Protection Act, 2024");
  });
});

describe("the country validates the desk research", () => {
  it("goes to the country only with a deadline ahead, and its focal point is told", async () => {
    for (const [questionId, value] of Object.entries(template)) {
      if (questionId === "national-cirt" || questionId === "data-protection-law") continue;
      await saveAnswer(reviewer, ids.MWI!, questionId, { value: value as never, revision: 0, source: SOURCE });
    }
    await expect(transitionAssessment(reviewer, ids.MWI!, "send-for-validation")).rejects.toMatchObject({ details: { guard: "no-deadline" } });
    await expect(setValidationDeadline(reviewer, cycleId, { deadline: deadlineIn(20) })).rejects.toMatchObject({ code: "forbidden" });
    await setValidationDeadline(admin, cycleId, { deadline: deadlineIn(20) });
    expect(await transitionAssessment(reviewer, ids.MWI!, "send-for-validation")).toEqual({ status: "country-validation" });
    const notes = await db().notification.findMany({ where: { userId: focal.MWI.userId, assessmentId: ids.MWI! } });
    expect(notes.map((n) => n.kind)).toContain("validation-requested");
    await expect(saveAnswer(reviewer, ids.MWI!, "national-cirt", { value: "not-in-place", revision: 1, source: SOURCE })).rejects.toMatchObject({
      code: "forbidden",
    });
  });

  it("a correction needs a comment or evidence, is the country's, and a contributor cannot make one", async () => {
    const q = "national-cirt";
    const rev = await revisionOf(ids.MWI!, q);
    await expect(saveAnswer(contributor, ids.MWI!, "data-protection-law", { value: "no", revision: 1 })).rejects.toMatchObject({ code: "forbidden" });
    await expect(saveAnswer(focal.MWI, ids.MWI!, q, { value: "not-in-place", revision: rev })).rejects.toMatchObject({
      code: "invalid",
      fields: { comment: expect.any(String) },
    });
    const saved = await saveAnswer(focal.MWI, ids.MWI!, q, { value: "not-in-place", revision: rev, comment: "MW-CERT is planned for 2027; not operating yet" });
    expect(saved.revision).toBe(rev + 1);
    const row = await db().answer.findUniqueOrThrow({ where: { assessmentId_questionId: { assessmentId: ids.MWI!, questionId: q } } });
    expect(row).toMatchObject({ provenance: "country", sourceUrl: null, confirmedAt: null });
    // A correction backed by evidence needs no comment.
    const evidenced = Object.keys(template).find((id) => version.questionById[id]!.evidence !== "none" && id !== q && id !== "data-protection-law")!;
    await addEvidenceLink(focal.MWI, ids.MWI!, { questionId: evidenced, url: "https://www.gov.example.mw/gazette" });
    const other = version.questionById[evidenced]!;
    const alternative = other.type === "yes-no" ? (template[evidenced] === "yes" ? "no" : "yes") : null;
    await saveAnswer(focal.MWI, ids.MWI!, evidenced, { value: alternative, revision: await revisionOf(ids.MWI!, evidenced) });
    expect((await db().answer.findUniqueOrThrow({ where: { assessmentId_questionId: { assessmentId: ids.MWI!, questionId: evidenced } } })).provenance).toBe(
      "country",
    );
  });

  it("cannot be confirmed while drafted answers are open; confirming them keeps ITU as their source", async () => {
    await expect(transitionAssessment(focal.MWI, ids.MWI!, "confirm-validation")).rejects.toMatchObject({ details: { guard: "unconfirmed" } });
    await expect(confirmDraftedAnswers(contributor, ids.MWI!, { questionIds: ["data-protection-law"] })).rejects.toMatchObject({ code: "forbidden" });
    const first = await confirmDraftedAnswers(focal.MWI, ids.MWI!, { questionIds: ["data-protection-law"] });
    expect(first.confirmed).toBe(1);
    const again = await confirmDraftedAnswers(focal.MWI, ids.MWI!, { questionIds: ["data-protection-law"] });
    expect(again.confirmed).toBe(0);
    const open = await db().answer.findMany({
      where: { assessmentId: ids.MWI!, provenance: "desk-research", confirmedAt: null },
      select: { questionId: true },
    });
    expect(open.length).toBe(first.unconfirmed);
    await confirmDraftedAnswers(focal.MWI, ids.MWI!, { questionIds: open.map((a) => a.questionId) });
    const dpl = await db().answer.findUniqueOrThrow({ where: { assessmentId_questionId: { assessmentId: ids.MWI!, questionId: "data-protection-law" } } });
    expect(dpl.provenance).toBe("desk-research");
    expect(dpl.confirmedAt).not.toBeNull();
    expect(await transitionAssessment(focal.MWI, ids.MWI!, "confirm-validation")).toEqual({ status: "submitted" });
  });

  it("then goes through review as any submission, and the exports and the report say who drafted what", async () => {
    await transitionAssessment(reviewer, ids.MWI!, "start-review");
    await transitionAssessment(reviewer, ids.MWI!, "validate");
    const exported = await answersRoute(apiRequest(reviewerToken, `/api/v1/answers?cycle=${cycleId}&format=json`), routeContext({}));
    const rows = (await jsonOf(exported)).rows.filter((r: { iso3: string }) => r.iso3 === "MWI");
    const byQuestion = Object.fromEntries(rows.map((r: { question: string }) => [r.question, r]));
    expect(byQuestion["data-protection-law"]).toMatchObject({
      provenance: "desk-research",
      countryConfirmed: true,
      sourceUrl: SOURCE.url,
      sourceAccessedOn: "2026-11-20",
    });
    expect(byQuestion["national-cirt"]).toMatchObject({
      provenance: "country",
      countryConfirmed: false,
      sourceUrl: null,
      comment: expect.stringContaining("MW-CERT"),
    });
    const report = await loadCountryReport(reviewer, ids.MWI!);
    expect({ origin: report.origin, status: report.status }).toEqual({ origin: "desk-research", status: "validated" });
    const audit = (await db().auditLog.findMany({ where: { assessmentId: ids.MWI! }, select: { action: true } })).map((a) => a.action);
    expect(audit).toEqual(
      expect.arrayContaining([
        "assessment.start-desk-research",
        "assessment.send-for-validation",
        "answer.confirm-drafted",
        "assessment.confirm-validation",
        "assessment.validate",
      ]),
    );
  });
});

describe("a country that lets the deadline pass", () => {
  it("is validated without its confirmation, shown apart and counted as a validated result", async () => {
    await transitionAssessment(reviewer, ids.TZA!, "start-desk-research");
    await draftAll(ids.TZA!, reviewer);
    await transitionAssessment(reviewer, ids.TZA!, "send-for-validation");
    await expect(transitionAssessment(reviewer, ids.TZA!, "validate-unconfirmed")).rejects.toMatchObject({ details: { guard: "deadline-open" } });
    // The deadline passes.
    await db().cycle.update({ where: { id: cycleId }, data: { validationDeadline: new Date(Date.now() - 1000) } });
    const tzaFocal = await makeUser("focal-point", { country: "TZA" });
    await expect(confirmDraftedAnswers(tzaFocal, ids.TZA!, { questionIds: ["national-cirt"] })).rejects.toMatchObject({ code: "conflict" });
    await expect(saveAnswer(tzaFocal, ids.TZA!, "national-cirt", { value: "not-in-place", revision: 1, comment: "late" })).rejects.toMatchObject({
      code: "conflict",
      details: { reason: "deadline-passed" },
    });
    expect(await transitionAssessment(reviewer, ids.TZA!, "validate-unconfirmed")).toEqual({ status: "validated-unconfirmed" });
    const doc = await assessmentDocument(reviewer, ids.TZA!);
    expect(doc.status).toBe("validated-unconfirmed");
    expect(doc.score.basis).toBe("validated");
    const overview = await getOverviewData(reviewer, { cycle: cycleId, locale: "en" });
    if (overview.empty) throw new Error("empty overview");
    expect(overview.statuses.find((s) => s.status === "validated-unconfirmed")!.count).toBe(1);
    expect(overview.statuses.find((s) => s.status === "validated")!.count).toBe(1);
    expect(overview.global.count).toBe(2);
    // Another country's focal point sees it as a validated result, as the report shows it.
    const outsider = await loadCountryReport(focal.ZMB, ids.TZA!);
    expect(outsider.full).toBe(false);
    expect(outsider.origin).toBe("desk-research");
  });

  it("stays validated without confirmation when reopened and validated again: ITU's draft never becomes the country's word", async () => {
    await transitionAssessment(admin, ids.TZA!, "reopen", "A source was misread");
    expect((await db().assessment.findUniqueOrThrow({ where: { id: ids.TZA! } })).status).toBe("in-review");
    expect(await transitionAssessment(reviewer, ids.TZA!, "validate")).toEqual({ status: "validated-unconfirmed" });
    const entry = await db().auditLog.findFirstOrThrow({ where: { assessmentId: ids.TZA!, action: "assessment.validate" } });
    expect(JSON.parse(entry.data)).toMatchObject({ from: "in-review", to: "validated-unconfirmed" });
    expect((await assessmentDocument(reviewer, ids.TZA!)).status).toBe("validated-unconfirmed");
  });
});

describe("a country that declines to answer the cycle", () => {
  let own: { cycleId: string; byCountry: Record<string, string> };
  let bwaFocal: TActor;
  beforeAll(async () => {
    own = await openTestCycle(["BWA", "NAM", "LSO"]);
    bwaFocal = await makeUser("focal-point", { country: "BWA" });
  });

  it("says why, is listed for desk research beside the untouched drafts, and its reviewers are told", async () => {
    const BWA = own.byCountry.BWA!;
    await saveAnswer(bwaFocal, BWA, "national-cirt", { value: "in-place", revision: 0 });
    await expect(transitionAssessment(bwaFocal, BWA, "decline", " ")).rejects.toMatchObject({ code: "invalid" });
    expect((await db().assessment.findUniqueOrThrow({ where: { id: BWA } })).status).toBe("draft");
    const lsoFocal = await makeUser("focal-point", { country: "LSO" });
    // Another country's focal point does not even learn that it exists.
    await expect(transitionAssessment(lsoFocal, BWA, "decline", "Not us")).rejects.toMatchObject({ code: "not-found" });
    expect(await transitionAssessment(bwaFocal, BWA, "decline", "The ministry is being reorganised this year")).toEqual({ status: "declined" });
    // The country cannot write once it declined; it kept its one answer.
    await expect(saveAnswer(bwaFocal, BWA, "substantive-law-unauthorized-access", { value: "in-place", revision: 0 })).rejects.toMatchObject({
      code: "conflict",
    });
    const told = await db().notification.findMany({ where: { assessmentId: BWA, kind: "declined" } });
    expect(told.map((n) => n.userId)).toEqual(expect.arrayContaining([reviewer.userId, reviewer2.userId]));
    expect(JSON.parse(told[0]!.data)).toMatchObject({ country: "BWA", reason: "The ministry is being reorganised this year" });

    // The queue: Namibia and Lesotho have not started, Botswana declined.
    const notStarted = await reviewQueue(reviewer, { cycle: own.cycleId, status: "not-started" });
    expect(notStarted.rows.map((r) => r.country.iso3).sort()).toEqual(["LSO", "NAM"]);
    expect(notStarted.counts).toMatchObject({ "not-started": 2, declined: 1 });
    const declined = await reviewQueue(reviewer, { cycle: own.cycleId, status: "declined" });
    expect(declined.rows.map((r) => [r.country.iso3, r.status])).toEqual([["BWA", "declined"]]);
    const all = await reviewQueue(reviewer, { cycle: own.cycleId, status: "all" });
    expect(all.rows.map((r) => r.country.iso3)).toEqual(["BWA"]);
    await expect(reviewQueue(focal.MWI, { status: "not-started" })).rejects.toMatchObject({ code: "forbidden" });
  });

  it("can take part again until ITU starts; then ITU drafts around the answer the country left", async () => {
    const BWA = own.byCountry.BWA!;
    expect(await transitionAssessment(bwaFocal, BWA, "resume")).toEqual({ status: "draft" });
    await transitionAssessment(bwaFocal, BWA, "decline", "Still reorganising");
    // Unlike a started draft, a declined one can be researched although it holds an answer.
    expect(await transitionAssessment(reviewer, BWA, "start-desk-research")).toEqual({ status: "desk-research" });
    await expect(transitionAssessment(bwaFocal, BWA, "resume")).rejects.toMatchObject({ code: "conflict" });
    await saveAnswer(reviewer, BWA, "substantive-law-unauthorized-access", { value: "in-place", revision: 0, source: SOURCE });
    const answers = await db().answer.findMany({ where: { assessmentId: BWA }, orderBy: { questionId: "asc" } });
    expect(answers.map((a) => [a.questionId, a.provenance])).toEqual([
      ["national-cirt", "country"],
      ["substantive-law-unauthorized-access", "desk-research"],
    ]);
    const steps = await db().auditLog.findMany({ where: { assessmentId: BWA, action: { startsWith: "assessment." } }, orderBy: { at: "asc" } });
    expect(steps.map((e) => e.action)).toEqual(["assessment.decline", "assessment.resume", "assessment.decline", "assessment.start-desk-research"]);
  });
});
