// Issue 13: a bounded property-based fuzz of the JSON API, route handlers called as Next calls them.
// Generated bodies (well-shaped, near-miss, raw fragments with escapes, lone surrogates and NUL,
// random bytes), content types, callers, path parameters (including ones Next failed to decode) and
// query strings. Whatever arrives: never a 5xx, and a refusal (4xx) stores nothing.
import fc from "fast-check";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import * as answers from "@/app/api/v1/assessments/[id]/answers/[questionId]/route";
import * as audit from "@/app/api/v1/assessments/[id]/audit/route";
import * as comments from "@/app/api/v1/assessments/[id]/comments/[questionId]/route";
import * as detail from "@/app/api/v1/assessments/[id]/route";
import * as evidence from "@/app/api/v1/assessments/[id]/evidence/route";
import * as reviews from "@/app/api/v1/assessments/[id]/reviews/[questionId]/route";
import * as signOff from "@/app/api/v1/assessments/[id]/sign-off/route";
import * as transitions from "@/app/api/v1/assessments/[id]/transitions/route";
import * as evidenceItem from "@/app/api/v1/evidence/[evidenceId]/route";
import * as exportAnswers from "@/app/api/v1/answers/route";
import * as list from "@/app/api/v1/assessments/route";
import { db } from "@/lib/server/db";
import { loadStoredVersion } from "@/lib/server/questionnaires/get-questionnaire-version";
import { openTestCycle } from "../support/assessment-fixtures";
import { makeCallers, type TWho } from "../support/api-callers";

type THandler = (request: NextRequest, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
type TTarget = { name: string; method: string; handler: THandler; params: string[]; shape: (s: fc.Arbitrary<unknown>) => fc.Arbitrary<unknown> };

let ken: string;
let fixtureAssessments: string[];
let people: string[];
let questionId: string;
let tokens: Partial<Record<TWho, string>>;

// Pieces that break parsers, decoders and databases, glued into strings and raw bodies.
const NASTY = [
  "\ud800",
  "\udfff",
  "\udc00\ud800",
  "\u0000",
  "%",
  "%E0%A4%A",
  "%ED%A0%80",
  "\\",
  '"',
  "'",
  "\u2028",
  "\ufeff",
  "é",
  "😀",
  "{",
  "}",
  "[",
  "]",
  ":",
  ",",
  "null",
  "__proto__",
  "constructor",
  "a".repeat(300),
];
const nastyString = fc.array(fc.oneof(fc.constantFrom(...NASTY), fc.string({ maxLength: 8 })), { maxLength: 6 }).map((parts) => parts.join(""));
const value = fc.oneof(
  nastyString,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(nastyString, { maxLength: 3 }),
  fc.jsonValue({ maxDepth: 3 }),
);

const handler = (m: Record<string, unknown>, method: string) => m[method] as THandler;
const TARGETS: TTarget[] = [
  {
    name: "PUT answer",
    method: "PUT",
    handler: handler(answers, "PUT"),
    params: ["id", "questionId"],
    shape: (v) => fc.record({ value: v, revision: fc.oneof(fc.constant(0), fc.integer(), v), comment: fc.option(v) }, { requiredKeys: [] }),
  },
  {
    name: "POST comment",
    method: "POST",
    handler: handler(comments, "POST"),
    params: ["id", "questionId"],
    shape: (v) => fc.record({ body: fc.oneof(nastyString, v) }, { requiredKeys: [] }),
  },
  {
    name: "PUT review",
    method: "PUT",
    handler: handler(reviews, "PUT"),
    params: ["id", "questionId"],
    shape: (v) => fc.record({ state: fc.oneof(fc.constantFrom("accepted", "queried", "adjusted"), v), comment: v, value: v, reason: v }, { requiredKeys: [] }),
  },
  {
    name: "POST sign-off",
    method: "POST",
    handler: handler(signOff, "POST"),
    params: ["id"],
    shape: (v) => fc.record({ decision: fc.oneof(fc.constantFrom("confirmed", "disputed"), v), reason: v }, { requiredKeys: [] }),
  },
  {
    name: "POST transition",
    method: "POST",
    handler: handler(transitions, "POST"),
    params: ["id"],
    shape: (v) => fc.record({ transition: fc.oneof(fc.constantFrom("start-review", "return", "reopen", "validate"), v), reason: v }, { requiredKeys: [] }),
  },
  {
    name: "POST evidence link",
    method: "POST",
    handler: handler(evidence, "POST"),
    params: ["id"],
    shape: (v) =>
      fc.record(
        {
          questionId: fc.oneof(fc.constant("QID"), v),
          url: fc.oneof(
            fc.constant("https://example.org/x"),
            nastyString.map((s) => `https://example.org/${s}`),
            v,
          ),
          title: v,
        },
        { requiredKeys: [] },
      ),
  },
  { name: "DELETE evidence", method: "DELETE", handler: handler(evidenceItem, "DELETE"), params: ["evidenceId"], shape: () => fc.constant(undefined) },
  { name: "GET detail", method: "GET", handler: handler(detail, "GET"), params: ["id"], shape: () => fc.constant(undefined) },
  { name: "GET audit", method: "GET", handler: handler(audit, "GET"), params: ["id"], shape: () => fc.constant(undefined) },
  { name: "GET list", method: "GET", handler: handler(list, "GET"), params: [], shape: () => fc.constant(undefined) },
  { name: "GET answers export", method: "GET", handler: handler(exportAnswers, "GET"), params: [], shape: () => fc.constant(undefined) },
];

const body = (target: TTarget) =>
  fc.oneof(
    { weight: 4, arbitrary: target.shape(value).map((v) => (v === undefined ? undefined : JSON.stringify(v).replaceAll('"QID"', JSON.stringify(questionId)))) },
    // JSON.stringify escapes lone surrogates as \udxxx: the same text a hostile client sends.
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)) },
    {
      weight: 2,
      arbitrary: fc
        .array(fc.constantFrom(...NASTY, String.raw`\ud800`, String.raw`\u0000`, String.raw`{"body":"`, '"}', String.raw`{"value":`), { maxLength: 10 })
        .map((p) => p.join("")),
    },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 64 }) },
  );

const param = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom("KEN", "QID", "EVIDENCE") },
  { weight: 2, arbitrary: nastyString },
  { weight: 1, arbitrary: fc.constant("URIERROR") },
);

const contentType = fc.constantFrom(
  "application/json",
  "application/json; charset=utf-8",
  "APPLICATION/JSON",
  "text/plain",
  "",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
);
const who = fc.constantFrom<TWho>("focalKen", "focalKen", "reviewer", "contributorKen", "admin", "anonymous");
const query = fc.array(fc.tuple(fc.constantFrom("cycle", "format", "action", "limit", "x"), nastyString), { maxLength: 3 });

/** This fixture's rows and what its callers did or were told (other files may write meanwhile). */
async function stored() {
  const mine = { assessmentId: { in: fixtureAssessments } };
  const [a, h, c, r, e, l, n, s] = await Promise.all([
    db().answer.count({ where: mine }),
    db().answerChange.count({ where: mine }),
    db().reviewComment.count({ where: mine }),
    db().answerReview.count({ where: mine }),
    db().evidence.count({ where: mine }),
    db().auditLog.count({ where: { OR: [mine, { actorId: { in: people } }] } }),
    // About this fixture only: its reviewer is told of other files' submissions too.
    db().notification.count({ where: mine }),
    db().assessment.findUniqueOrThrow({ where: { id: ken }, select: { status: true } }),
  ]);
  return { answers: a, history: h, comments: c, reviews: r, evidence: e, audit: l, notifications: n, status: s.status };
}

function resolveParam(raw: string): string {
  return raw === "KEN" ? ken : raw === "QID" ? questionId : raw === "EVIDENCE" ? "no-such-evidence" : raw;
}

beforeAll(async () => {
  const cycle = await openTestCycle(["KEN", "FRA"]);
  ken = cycle.byCountry.KEN!;
  fixtureAssessments = Object.values(cycle.byCountry);
  const row = await db().assessment.findUniqueOrThrow({ where: { id: ken }, select: { cycle: { select: { questionnaireVersionId: true } } } });
  questionId = Object.values((await loadStoredVersion(row.cycle.questionnaireVersionId)).questionById).find((q) => q.pillar === "legal")!.id;
  const callers = await makeCallers();
  tokens = callers.tokens;
  people = Object.values(callers.actors).map((a) => a.userId);
});

describe("the API under generated input", () => {
  it("never answers 5xx, and stores nothing when it refuses", async () => {
    const seen = new Map<number, number>();
    const request = fc.integer({ min: 0, max: TARGETS.length - 1 }).chain((i) =>
      fc.record({
        target: fc.constant(TARGETS[i]!),
        body: body(TARGETS[i]!),
        params: fc.array(param, { minLength: 2, maxLength: 2 }),
        contentType,
        who,
        query,
      }),
    );
    await fc.assert(
      fc.asyncProperty(request, async ({ target, body: raw, params: rawParams, contentType: type, who: caller, query: q }) => {
        const headers = new Headers();
        if (type) headers.set("content-type", type);
        const token = tokens[caller];
        if (token) headers.set("authorization", `Bearer ${token}`);
        const url = new URL("http://localhost:3000/api/v1/fuzz");
        for (const [k, v] of q) url.searchParams.append(k, v);
        const hasBody = target.method !== "GET" && raw !== undefined;
        const req = new NextRequest(url, { method: target.method, headers, body: hasBody ? raw : undefined });
        const values = Object.fromEntries(target.params.map((name, i) => [name, resolveParam(rawParams[i]!)]));
        // Next rejects params it cannot decode with a URIError; the handler must turn that into a 400.
        const broken = Object.values(values).includes("URIERROR");
        const context = { params: broken ? Promise.reject(new URIError("URI malformed")) : Promise.resolve(values) };
        context.params.catch(() => undefined);
        const before = await stored();
        const res = await target.handler(req, context);
        seen.set(res.status, (seen.get(res.status) ?? 0) + 1);
        expect(res.status, `${target.name} ${JSON.stringify({ raw: String(raw).slice(0, 200), values, type, caller })}`).toBeLessThan(500);
        if (res.status >= 400) expect(await stored(), `${target.name} refused with ${res.status} but stored`).toEqual(before);
        if (res.status >= 400) expect((await res.json()) as unknown).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
      }),
      { seed: 20_13, numRuns: 300, endOnFailure: true },
    );
    // The fuzz reached past the refusals too: some requests were accepted.
    expect([...seen.keys()].some((s) => s < 300)).toBe(true);
    expect([...seen.keys()].some((s) => s === 400)).toBe(true);
  });
});
