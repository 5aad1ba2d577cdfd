// The review API as integrations call it: every route, every role (bearer tokens), one assessment
// walked through the whole workflow, with the refusals on the way.
import { beforeAll, describe, expect, it } from "vitest";
import * as audit from "@/app/api/v1/assessments/[id]/audit/route";
import * as comments from "@/app/api/v1/assessments/[id]/comments/[questionId]/route";
import * as review from "@/app/api/v1/assessments/[id]/review/route";
import * as reviews from "@/app/api/v1/assessments/[id]/reviews/[questionId]/route";
import * as signOff from "@/app/api/v1/assessments/[id]/sign-off/route";
import * as transitions from "@/app/api/v1/assessments/[id]/transitions/route";
import * as notifications from "@/app/api/v1/notifications/route";
import * as notificationsRead from "@/app/api/v1/notifications/read/route";
import * as queue from "@/app/api/v1/review-queue/route";
import type { TActor } from "@/lib/authz/policy";
import { saveAnswer } from "@/lib/server/assessments/save-answer";
import { db } from "@/lib/server/db";
import { loadStoredVersion } from "@/lib/server/questionnaires/get-questionnaire-version";
import { answersTemplate } from "@/lib/scoring/templates";
import { openTestCycle } from "../support/assessment-fixtures";
import { apiRequest, jsonOf as json, makeCallers, routeContext as ctx, type TPerson, type TWho } from "../support/api-callers";

let actors: Record<TPerson, TActor>;
let tokens: Partial<Record<TWho, string>>;
let ken: string;
let fra: string;
let cycleId: string;

const call = (who: TWho, path: string, init?: Parameters<typeof apiRequest>[2]) => apiRequest(tokens[who], path, init);
const statusOf = async (id = ken) => (await db().assessment.findUniqueOrThrow({ where: { id } })).status;

const move = (who: TWho, body: unknown, id = ken) =>
  transitions.POST(call(who, `/api/v1/assessments/${id}/transitions`, { method: "POST", body }), ctx({ id }));
const judge = (who: TWho, questionId: string, body: unknown, id = ken) =>
  reviews.PUT(call(who, `/api/v1/assessments/${id}/reviews/${questionId}`, { method: "PUT", body }), ctx({ id, questionId }));
const write = (who: TWho, questionId: string, body: unknown, id = ken) =>
  comments.POST(call(who, `/api/v1/assessments/${id}/comments/${questionId}`, { method: "POST", body }), ctx({ id, questionId }));
const sign = (who: TWho, body: unknown) => signOff.POST(call(who, `/api/v1/assessments/${ken}/sign-off`, { method: "POST", body }), ctx({ id: ken }));
const trail = (who: TWho, query = "") => audit.GET(call(who, `/api/v1/assessments/${ken}/audit${query}`), ctx({ id: ken }));
const inbox = (who: TWho, query = "") => notifications.GET(call(who, `/api/v1/notifications${query}`), ctx({}));

beforeAll(async () => {
  const cycle = await openTestCycle(["KEN", "FRA"]);
  ({ cycleId } = cycle);
  ken = cycle.byCountry.KEN!;
  fra = cycle.byCountry.FRA!;
  ({ actors, tokens } = await makeCallers());
});

describe("POST /assessments/{id}/transitions on a draft", () => {
  it.each([
    ["focalKen", { transition: "validate" }, 403],
    ["contributorKen", { transition: "submit" }, 403],
    ["reviewer", { transition: "return", reason: "Too early" }, 409],
    ["reviewer", { transition: "start-review" }, 409],
    ["admin", { transition: "reopen", reason: "Nothing to reopen" }, 409],
    ["focalFra", { transition: "submit" }, 404],
    ["anonymous", { transition: "start-review" }, 401],
    ["focalKen", { transition: "fly" }, 422],
  ] as const)("%s sending %j gets %i and the draft stays a draft", async (who, body, expected) => {
    expect((await move(who, body)).status).toBe(expected);
    expect(await statusOf()).toBe("draft");
  });

  it("runs the submission check for submit (422 with the problems) and answers malformed JSON with 400", async () => {
    const res = await move("focalKen", { transition: "submit" });
    expect(res.status).toBe(422);
    expect((await json(res)).error.details.problems.length).toBeGreaterThan(0);
    const malformed = await transitions.POST(call("focalKen", `/api/v1/assessments/${ken}/transitions`, { method: "POST", raw: "{oops" }), ctx({ id: ken }));
    expect(malformed.status).toBe(400);
  });

  it("refuses verdicts and sign-off before review (409)", async () => {
    expect((await judge("reviewer", "lead-agency", { state: "accepted" })).status).toBe(409);
    expect((await sign("focalKen", { decision: "confirmed" })).status).toBe(409);
  });
});

describe("submission and the start of the review", () => {
  it("the focal point submits a complete assessment", async () => {
    const { questionnaireVersionId } = await db().cycle.findUniqueOrThrow({ where: { id: cycleId } });
    const version = await loadStoredVersion(questionnaireVersionId);
    for (const [questionId, value] of Object.entries(answersTemplate(version, "worst")))
      await saveAnswer(actors.focalKen, ken, questionId, { value, revision: 0 });
    const res = await move("focalKen", { transition: "submit" });
    expect([res.status, await json(res)]).toEqual([200, { status: "submitted" }]);
  });

  it.each([
    ["focalKen", 403],
    ["contributorKen", 403],
    ["focalFra", 404],
    ["anonymous", 401],
    ["reviewer", 200],
  ] as const)("%s starting the review gets %i", async (who, expected) => {
    expect((await move(who, { transition: "start-review" })).status).toBe(expected);
    expect(await statusOf()).toBe(expected === 200 ? "in-review" : "submitted");
  });

  it.each([
    ["reviewer", { transition: "return" }, 422],
    ["reviewer", { transition: "return", reason: "   " }, 422],
    ["focalKen", { transition: "validate" }, 403],
    ["admin", { transition: "reopen", reason: "Not validated yet" }, 409],
  ] as const)("in review, %s sending %j gets %i", async (who, body, expected) => {
    const res = await move(who, body);
    expect(res.status).toBe(expected);
    if (expected === 422) expect((await json(res)).error.fields).toHaveProperty("reason");
    expect(await statusOf()).toBe("in-review");
  });
});

describe("PUT /assessments/{id}/reviews/{questionId}", () => {
  it.each([
    ["reviewer", "lead-agency", { state: "accepted" }, 200],
    ["admin", "data-protection-law", { state: "queried", comment: "Is the 2019 Act in force?" }, 200],
    ["reviewer", "national-cirt", { state: "adjusted", value: "partially-in-place", reason: "Covers the government network only" }, 200],
    ["focalKen", "lead-agency", { state: "accepted" }, 403],
    ["contributorKen", "lead-agency", { state: "accepted" }, 403],
    // Another country's assessment is not found, as everywhere else.
    ["focalFra", "lead-agency", { state: "accepted" }, 404],
    ["anonymous", "lead-agency", { state: "accepted" }, 401],
    ["reviewer", "lead-agency", { state: "queried" }, 422],
    ["reviewer", "lead-agency", { state: "adjusted", value: "maybe", reason: "x" }, 422],
    ["reviewer", "lead-agency", { state: "adjusted", value: "in-place" }, 422],
    ["reviewer", "no-such-question", { state: "accepted" }, 404],
  ] as const)("%s judging %s with %j gets %i", async (who, questionId, body, expected) => {
    expect((await judge(who, questionId, body)).status).toBe(expected);
  });

  it("answers 404 for an unknown assessment and 409 for one not in review", async () => {
    expect((await judge("reviewer", "lead-agency", { state: "accepted" }, "no-such-assessment")).status).toBe(404);
    expect((await judge("reviewer", "lead-agency", { state: "accepted" }, fra)).status).toBe(409);
  });
});

describe("POST /assessments/{id}/comments/{questionId}", () => {
  it.each([
    ["focalKen", "data-protection-law", 200],
    ["contributorKen", "data-protection-law", 200],
    ["contributorKen", "national-strategy-adopted", 403],
    ["reviewer", "lead-agency", 200],
    ["admin", "lead-agency", 200],
    ["focalFra", "data-protection-law", 404],
    ["anonymous", "data-protection-law", 401],
    ["focalKen", "no-such-question", 404],
  ] as const)("%s writing about %s gets %i", async (who, questionId, expected) => {
    const res = await write(who, questionId, { body: `From ${who}` });
    expect(res.status).toBe(expected);
    if (expected === 200) expect((await json(res)).comment.id).toEqual(expect.any(String));
  });

  it("refuses an empty message with 422 keyed by field", async () => {
    const res = await write("focalKen", "data-protection-law", { body: "   " });
    expect([res.status, (await json(res)).error.fields]).toEqual([422, { body: expect.any(String) }]);
  });
});

describe("GET /assessments/{id}/review", () => {
  it.each([
    ["admin", 200],
    ["reviewer", 200],
    ["focalKen", 200],
    ["contributorKen", 200],
    ["focalFra", 404],
    ["anonymous", 401],
  ] as const)("%s gets %i", async (who, expected) => {
    const res = await review.GET(call(who, `/api/v1/assessments/${ken}/review`), ctx({ id: ken }));
    expect(res.status).toBe(expected);
    if (expected !== 200) return;
    const state = await json(res);
    expect(state.threads["data-protection-law"].map((m: { kind: string }) => m.kind)).toEqual(["query", "reply", "reply"]);
    expect(state.verdicts).toMatchObject({
      "data-protection-law": { state: "queried" },
      "national-cirt": { state: "adjusted", adjustedValue: "partially-in-place", reason: "Covers the government network only" },
    });
    // lead-agency is Organizational: the Legal and Technical contributor does not see its verdict.
    if (who === "contributorKen") expect(state.verdicts["lead-agency"]).toBeUndefined();
    else expect(state.verdicts["lead-agency"]).toMatchObject({ state: "accepted" });
  });
});

describe("GET /review-queue", () => {
  const list = (who: TWho, query: string) => queue.GET(call(who, `/api/v1/review-queue${query}`), ctx({}));

  it.each([
    ["admin", 200],
    ["reviewer", 200],
    ["focalKen", 403],
    ["focalFra", 403],
    ["contributorKen", 403],
    ["anonymous", 401],
  ] as const)("%s gets %i", async (who, expected) => {
    const res = await list(who, `?status=in-review&cycle=${cycleId}`);
    expect(res.status).toBe(expected);
    if (expected === 200) expect((await json(res)).rows.map((r: { id: string }) => r.id)).toEqual([ken]);
  });

  it("filters by region and assignee, treats empty parameters as none, and refuses an unknown status", async () => {
    const ids = async (who: TWho, query: string) => (await json(await list(who, query))).rows.map((r: { id: string }) => r.id);
    expect(await ids("reviewer", `?cycle=${cycleId}&region=africa&assignee=me`)).toEqual([ken]);
    expect(await ids("reviewer", `?cycle=${cycleId}&region=europe`)).toEqual([]);
    expect(await ids("admin", `?cycle=${cycleId}&assignee=me`)).toEqual([]);
    const empty = await list("reviewer", "?status=&cycle=&region=&assignee=");
    expect(empty.status).toBe(200);
    expect((await json(empty)).counts["in-review"]).toBeGreaterThanOrEqual(1);
    expect((await list("reviewer", "?status=lost")).status).toBe(422);
  });
});

describe("return, resubmission, validation, sign-off and reopening", () => {
  it("goes round once more and validates", async () => {
    expect((await move("reviewer", { transition: "return", reason: "One query to answer" })).status).toBe(200);
    expect((await move("focalKen", { transition: "submit" })).status).toBe(200);
    expect((await move("reviewer", { transition: "start-review" })).status).toBe(200);
    const res = await move("reviewer", { transition: "validate" });
    expect([res.status, await json(res)]).toEqual([200, { status: "validated" }]);
  });

  it.each([
    ["reviewer", { decision: "confirmed" }, 403],
    ["admin", { decision: "confirmed" }, 403],
    ["contributorKen", { decision: "confirmed" }, 403],
    ["focalFra", { decision: "confirmed" }, 404],
    ["anonymous", { decision: "confirmed" }, 401],
    ["focalKen", { decision: "disputed" }, 422],
    ["focalKen", { decision: "maybe" }, 422],
    ["focalKen", { decision: "confirmed" }, 200],
  ] as const)("%s signing off with %j gets %i", async (who, body, expected) => {
    expect((await sign(who, body)).status).toBe(expected);
  });

  it.each([
    ["reviewer", { transition: "reopen", reason: "Typo" }, 403, "validated"],
    ["focalKen", { transition: "reopen", reason: "Typo" }, 403, "validated"],
    ["admin", { transition: "reopen" }, 422, "validated"],
    ["admin", { transition: "reopen", reason: "Reconsider the CIRT mandate" }, 200, "in-review"],
  ] as const)("%s sending %j to a validated assessment gets %i", async (who, body, expected, after) => {
    expect((await move(who, body)).status).toBe(expected);
    expect(await statusOf()).toBe(after);
  });
});

describe("GET /assessments/{id}/audit", () => {
  it.each([
    ["admin", 200],
    ["reviewer", 200],
    ["focalKen", 200],
    ["contributorKen", 200],
    ["focalFra", 404],
    ["anonymous", 401],
  ] as const)("%s gets %i for JSON and for CSV", async (who, expected) => {
    expect((await trail(who)).status).toBe(expected);
    expect((await trail(who, "?format=csv")).status).toBe(expected);
  });

  it("lists every workflow step in order, with who, from, to and why", async () => {
    const { entries } = await json(await trail("focalKen", "?action=assessment."));
    expect(entries.map((e: { action: string }) => e.action)).toEqual([
      "assessment.submit",
      "assessment.start-review",
      "assessment.return",
      "assessment.submit",
      "assessment.start-review",
      "assessment.validate",
      "assessment.sign-off.confirmed",
      "assessment.reopen",
    ]);
    expect(entries[2]).toMatchObject({ actor: "Test reviewer", data: { from: "in-review", to: "returned", reason: "One query to answer" } });
    expect(entries.at(-1)).toMatchObject({ actor: "Test admin", data: { from: "validated", to: "in-review", reason: "Reconsider the CIRT mandate" } });
    const answers = (await json(await trail("reviewer", "?action=answer."))).entries.map((e: { action: string }) => e.action);
    expect(answers).toEqual(["answer.accepted", "answer.queried", "answer.adjusted"]);
  });

  it("downloads CSV as an attachment named after the country and cycle", async () => {
    const res = await trail("reviewer", "?format=csv");
    const cycle = await db().cycle.findUniqueOrThrow({ where: { id: cycleId } });
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="audit-KEN-${cycle.name.toLowerCase().replaceAll(" ", "-")}.csv"`);
    const csv = await res.text();
    expect(csv.split("\r\n")[0]).toBe("at,action,actor,actor_email,from,to,reason,question");
    expect(csv).toMatch(/\r\n\d{4}-\d\d-\d\dT[\d:.]+Z,assessment\.reopen,Test admin,admin\.[^,]+,validated,in-review,Reconsider the CIRT mandate,\r\n$/);
  });

  it("refuses an unknown format or a malformed action filter with 422", async () => {
    expect((await trail("reviewer", "?format=xml")).status).toBe(422);
    expect((await trail("reviewer", "?action=%22%3B--")).status).toBe(422);
  });
});

describe("GET /notifications and POST /notifications/read", () => {
  it.each([["admin"], ["reviewer"], ["focalKen"], ["focalFra"], ["contributorKen"]] as const)("%s sees only their own", async (who) => {
    const res = await inbox(who);
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body.notifications.every((n: { userId: string }) => n.userId === actors[who].userId)).toBe(true);
    if (who === "focalFra" || who === "contributorKen") expect(body.notifications.filter((n: { assessmentId: string }) => n.assessmentId === ken)).toEqual([]);
  });

  it("tells the focal point what happened and marks it read", async () => {
    const before = await json(await inbox("focalKen"));
    expect(before.notifications.map((n: { kind: string }) => n.kind)).toEqual(expect.arrayContaining(["query", "returned", "validated", "reopened"]));
    // This file's assessment: other files' Kenyan cycles notify every Kenyan focal point too, meanwhile.
    const returned = before.notifications.find((n: { kind: string; assessmentId: string }) => n.kind === "returned" && n.assessmentId === ken);
    expect(returned.data).toMatchObject({ country: "KEN", reason: "One query to answer" });
    expect(before.unread).toBeGreaterThan(0);
    const unreadOfKen = (who: TPerson) => db().notification.count({ where: { userId: actors[who].userId, assessmentId: ken, readAt: null } });
    const reviewerUnread = await unreadOfKen("reviewer");
    expect(reviewerUnread).toBeGreaterThan(0);
    expect((await notificationsRead.POST(call("focalKen", "/api/v1/notifications/read", { method: "POST" }), ctx({}))).status).toBe(200);
    expect(await unreadOfKen("focalKen")).toBe(0);
    expect(await unreadOfKen("reviewer")).toBe(reviewerUnread);
  });

  it("refuses anonymous callers and a bad limit", async () => {
    expect((await inbox("anonymous")).status).toBe(401);
    expect((await notificationsRead.POST(call("anonymous", "/api/v1/notifications/read", { method: "POST" }), ctx({}))).status).toBe(401);
    expect((await inbox("focalKen", "?limit=0")).status).toBe(422);
    expect((await json(await inbox("reviewer", "?limit=1"))).notifications).toHaveLength(1);
  });
});
