// What the JSON API really sends, checked against the OpenAPI document with ajv (strict mode, no
// extra fields: the response schemas forbid them), along one assessment's whole workflow: the
// document cannot claim a field the server does not send, or miss one it does.
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import * as answers from "@/app/api/v1/answers/route";
import * as answer from "@/app/api/v1/assessments/[id]/answers/[questionId]/route";
import * as audit from "@/app/api/v1/assessments/[id]/audit/route";
import * as comments from "@/app/api/v1/assessments/[id]/comments/[questionId]/route";
import * as evidence from "@/app/api/v1/assessments/[id]/evidence/route";
import * as review from "@/app/api/v1/assessments/[id]/review/route";
import * as reviews from "@/app/api/v1/assessments/[id]/reviews/[questionId]/route";
import * as assessment from "@/app/api/v1/assessments/[id]/route";
import * as signOff from "@/app/api/v1/assessments/[id]/sign-off/route";
import * as submit from "@/app/api/v1/assessments/[id]/submit/route";
import * as transitions from "@/app/api/v1/assessments/[id]/transitions/route";
import * as workbook from "@/app/api/v1/assessments/[id]/workbook/route";
import * as assessments from "@/app/api/v1/assessments/route";
import * as evidenceItem from "@/app/api/v1/evidence/[evidenceId]/route";
import * as me from "@/app/api/v1/me/route";
import * as notificationsRead from "@/app/api/v1/notifications/read/route";
import * as notifications from "@/app/api/v1/notifications/route";
import * as queue from "@/app/api/v1/review-queue/route";
import * as scores from "@/app/api/v1/scores/route";
import * as publicCountry from "@/app/api/v1/public/countries/[iso3]/route";
import * as publicScores from "@/app/api/v1/public/scores/route";
import { setPublicConsent } from "@/lib/server/assessments/set-public-consent";
import { publishCycle } from "@/lib/server/cycles/publish-cycle";
import type { TActor } from "@/lib/authz/policy";
import { answersTemplate } from "@/lib/scoring/templates";
import { saveAnswer } from "@/lib/server/assessments/save-answer";
import { db } from "@/lib/server/db";
import { loadStoredVersion } from "@/lib/server/questionnaires/get-questionnaire-version";
import { openTestCycle } from "../support/assessment-fixtures";
import { apiRequest, jsonOf, makeCallers, routeContext as ctx, type TPerson, type TWho } from "../support/api-callers";
import { MINIMAL_PDF } from "../support/evidence-files";
import { documentedResponseChecker } from "../support/openapi-ajv";

type THandler = (request: NextRequest, context: { params: Promise<never> }) => Promise<Response>;
let actors: Record<TPerson, TActor>;
let tokens: Partial<Record<TWho, string>>;
let ken: string;
let cycleId: string;
const check = documentedResponseChecker();
const checked: string[] = [];

/** Calls a route and checks the answer against the document; returns the status and body. */
async function call(
  operation: string,
  handler: unknown,
  who: TWho,
  path: string,
  params: object,
  init?: Parameters<typeof apiRequest>[2] | { form: FormData },
) {
  const request =
    init && "form" in init
      ? new NextRequest(new URL(path, "http://localhost:3000"), {
          method: operation.split(" ")[0],
          headers: { authorization: `Bearer ${tokens[who]}` },
          body: init.form,
        })
      : apiRequest(tokens[who], path, { method: operation.split(" ")[0], ...init });
  const res = await (handler as THandler)(request, ctx(params as never));
  const body = await jsonOf(res);
  expect(check(operation, res.status, body)).toEqual([]);
  checked.push(`${operation} ${res.status}`);
  return { status: res.status, body };
}

beforeAll(async () => {
  const cycle = await openTestCycle(["KEN", "FRA"]);
  ({ cycleId } = cycle);
  ken = cycle.byCountry.KEN!;
  ({ actors, tokens } = await makeCallers());
});

describe("responses fit the document", () => {
  it("the caller and the list", async () => {
    expect((await call("GET /me", me.GET, "contributorKen", "/api/v1/me", {})).status).toBe(200);
    expect((await call("GET /me", me.GET, "anonymous", "/api/v1/me", {})).status).toBe(401);
    expect((await call("GET /assessments", assessments.GET, "reviewer", `/api/v1/assessments?cycle=${cycleId}&limit=1`, {})).body.nextCursor).toEqual(
      expect.any(String),
    );
    expect((await call("GET /assessments", assessments.GET, "reviewer", "/api/v1/assessments?limit=500", {})).status).toBe(422);
    expect((await call("GET /assessments/{id}", assessment.GET, "focalFra", `/api/v1/assessments/${ken}`, { id: ken })).status).toBe(404);
  });

  it("answers, evidence, threads and the submission check", async () => {
    const put = (who: TWho, questionId: string, body: unknown) =>
      call(
        "PUT /assessments/{id}/answers/{questionId}",
        answer.PUT,
        who,
        `/api/v1/assessments/${ken}/answers/${questionId}`,
        { id: ken, questionId },
        { body },
      );
    expect((await put("focalKen", "national-cirt", { value: "in-place", revision: 0 })).status).toBe(200);
    expect((await put("contributorKen", "national-cirt", { value: "not-in-place", revision: 0 })).status).toBe(409);
    expect((await put("focalKen", "national-cirt", { value: "maybe", revision: 1 })).status).toBe(422);
    expect((await put("contributorKen", "national-strategy-adopted", { value: "yes", revision: 0 })).status).toBe(403);
    expect((await call("POST /assessments/{id}/submit", submit.POST, "focalKen", `/api/v1/assessments/${ken}/submit`, { id: ken })).status).toBe(422);

    const path = `/api/v1/assessments/${ken}/evidence`;
    const link = await call(
      "POST /assessments/{id}/evidence",
      evidence.POST,
      "focalKen",
      path,
      { id: ken },
      { body: { questionId: "data-protection-law", url: "https://example.org/dpa", title: "The Act" } },
    );
    const form = new FormData();
    form.set("questionId", "national-cirt");
    form.set("file", new File([MINIMAL_PDF], "cirt.pdf", { type: "application/pdf" }));
    expect((await call("POST /assessments/{id}/evidence", evidence.POST, "focalKen", path, { id: ken }, { form })).body.evidence.kind).toBe("file");
    expect(Object.keys((await call("GET /assessments/{id}/evidence", evidence.GET, "reviewer", path, { id: ken })).body.evidence).sort()).toEqual([
      "data-protection-law",
      "national-cirt",
    ]);
    const evidenceId = link.body.evidence.id;
    expect((await call("DELETE /evidence/{evidenceId}", evidenceItem.DELETE, "focalKen", `/api/v1/evidence/${evidenceId}`, { evidenceId })).status).toBe(200);

    const comment = (who: TWho, body: unknown) =>
      call(
        "POST /assessments/{id}/comments/{questionId}",
        comments.POST,
        who,
        `/api/v1/assessments/${ken}/comments/national-cirt`,
        { id: ken, questionId: "national-cirt" },
        { body },
      );
    expect((await comment("reviewer", { body: "Is it staffed at night?" })).status).toBe(200);
    expect((await comment("focalKen", { body: " " })).status).toBe(422);

    const exported = await workbook.GET(apiRequest(tokens.focalKen, `/api/v1/assessments/${ken}/workbook`), ctx({ id: ken }));
    const book = new FormData();
    book.set("file", new File([await exported.arrayBuffer()], "kenya.xlsx"));
    expect(
      (await call("POST /assessments/{id}/workbook", workbook.POST, "focalKen", `/api/v1/assessments/${ken}/workbook`, { id: ken }, { form: book })).body
        .applied,
    ).toBe(false);
  });

  it("the review workflow, the queue, notifications and the exports", async () => {
    const { questionnaireVersionId } = await db().cycle.findUniqueOrThrow({ where: { id: cycleId } });
    const version = await loadStoredVersion(questionnaireVersionId);
    const stored = await db().answer.findMany({ where: { assessmentId: ken }, select: { questionId: true, revision: true } });
    const revision = new Map(stored.map((a) => [a.questionId, a.revision]));
    for (const [questionId, value] of Object.entries(answersTemplate(version, "worst")))
      await saveAnswer(actors.focalKen, ken, questionId, { value, revision: revision.get(questionId) ?? 0 });

    const move = (who: TWho, body: unknown) =>
      call("POST /assessments/{id}/transitions", transitions.POST, who, `/api/v1/assessments/${ken}/transitions`, { id: ken }, { body });
    expect((await move("focalKen", { transition: "validate" })).status).toBe(403);
    expect((await move("focalKen", { transition: "submit" })).status).toBe(200);
    expect((await move("focalKen", { transition: "submit" })).status).toBe(409);
    expect((await move("reviewer", { transition: "start-review" })).status).toBe(200);
    const judge = (body: unknown) =>
      call(
        "PUT /assessments/{id}/reviews/{questionId}",
        reviews.PUT,
        "reviewer",
        `/api/v1/assessments/${ken}/reviews/national-cirt`,
        { id: ken, questionId: "national-cirt" },
        { body },
      );
    expect((await judge({ state: "adjusted", value: "partially-in-place", reason: "Office hours only" })).status).toBe(200);
    expect(
      (await call("GET /assessments/{id}/review", review.GET, "focalKen", `/api/v1/assessments/${ken}/review`, { id: ken })).body.verdicts["national-cirt"]
        .state,
    ).toBe("adjusted");
    expect((await call("GET /review-queue", queue.GET, "reviewer", `/api/v1/review-queue?cycle=${cycleId}&status=in-review`, {})).body.rows).toHaveLength(1);
    expect((await call("GET /review-queue", queue.GET, "focalKen", "/api/v1/review-queue", {})).status).toBe(403);
    expect((await move("reviewer", { transition: "validate" })).status).toBe(200);
    expect(
      (
        await call(
          "POST /assessments/{id}/sign-off",
          signOff.POST,
          "focalKen",
          `/api/v1/assessments/${ken}/sign-off`,
          { id: ken },
          { body: { decision: "confirmed" } },
        )
      ).status,
    ).toBe(200);

    const detail = await call("GET /assessments/{id}", assessment.GET, "contributorKen", `/api/v1/assessments/${ken}`, { id: ken });
    expect(detail.body.score.validated).not.toBeNull();
    expect((await call("GET /assessments", assessments.GET, "focalKen", `/api/v1/assessments?cycle=${cycleId}`, {})).body.assessments[0].score.basis).toBe(
      "validated",
    );
    expect(
      (await call("GET /assessments/{id}/audit", audit.GET, "reviewer", `/api/v1/assessments/${ken}/audit`, { id: ken })).body.entries.length,
    ).toBeGreaterThan(3);
    expect((await call("GET /notifications", notifications.GET, "focalKen", "/api/v1/notifications", {})).body.notifications.length).toBeGreaterThan(0);
    expect((await call("POST /notifications/read", notificationsRead.POST, "focalKen", "/api/v1/notifications/read", {})).body).toEqual({ unread: 0 });
    expect((await call("GET /scores", scores.GET, "focalKen", `/api/v1/scores?cycle=${cycleId}`, {})).body.rows.length).toBeGreaterThan(5);
    expect((await call("GET /answers", answers.GET, "contributorKen", `/api/v1/answers?cycle=${cycleId}`, {})).body.rows.length).toBeGreaterThan(5);
    expect((await call("GET /scores", scores.GET, "focalKen", "/api/v1/scores?cycle=no-such-cycle", {})).status).toBe(404);

    // The open API, without credentials, once Kenya agreed and the admin published the cycle.
    await setPublicConsent(actors.focalKen, ken, { consent: true });
    await publishCycle(actors.admin, cycleId, { action: "publish", rule: "consented" });
    const listed = await call("GET /public/scores", publicScores.GET, "anonymous", `/api/v1/public/scores?cycle=${cycleId}&locale=fr`, {});
    expect(listed.body.countries.map((c: { iso3: string }) => c.iso3)).toEqual(["KEN"]);
    expect((await call("GET /public/scores", publicScores.GET, "anonymous", "/api/v1/public/scores?cycle=no-such-cycle", {})).status).toBe(404);
    expect((await call("GET /public/scores", publicScores.GET, "anonymous", "/api/v1/public/scores?locale=xx", {})).status).toBe(422);
    const profile = (iso3: string) =>
      call("GET /public/countries/{iso3}", publicCountry.GET, "anonymous", `/api/v1/public/countries/${iso3}?cycle=${cycleId}`, { iso3 });
    expect((await profile("KEN")).body.country).toEqual({ iso3: "KEN", name: "Kenya", region: "africa" });
    expect((await profile("FRA")).status).toBe(404);
    expect((await profile("K")).status).toBe(422);
    await publishCycle(actors.admin, cycleId, { action: "withdraw" });
  });

  it("covered every JSON operation of the document", () => {
    const operations = new Set(checked.map((c) => c.replace(/ \d+$/, "")));
    expect([...operations].sort()).toEqual(
      [
        "GET /me",
        "GET /assessments",
        "GET /assessments/{id}",
        "PUT /assessments/{id}/answers/{questionId}",
        "POST /assessments/{id}/submit",
        "POST /assessments/{id}/evidence",
        "GET /assessments/{id}/evidence",
        "DELETE /evidence/{evidenceId}",
        "POST /assessments/{id}/comments/{questionId}",
        "POST /assessments/{id}/workbook",
        "POST /assessments/{id}/transitions",
        "PUT /assessments/{id}/reviews/{questionId}",
        "GET /assessments/{id}/review",
        "GET /review-queue",
        "POST /assessments/{id}/sign-off",
        "GET /assessments/{id}/audit",
        "GET /notifications",
        "POST /notifications/read",
        "GET /scores",
        "GET /answers",
        "GET /public/scores",
        "GET /public/countries/{iso3}",
      ].sort(),
    );
  });
});
