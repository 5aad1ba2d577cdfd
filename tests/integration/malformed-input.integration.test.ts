// Issue 13 defect 7: malformed input is the caller's error. A lone surrogate or NUL in any JSON
// string, bytes that are not UTF-8, JSON that does not parse or nests without end, a path that is not
// valid percent-encoding, a query with NUL, a server action argument with a lone surrogate: each gets
// 400 with a clear message, and nothing is stored.
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import * as answers from "@/app/api/v1/assessments/[id]/answers/[questionId]/route";
import * as assessments from "@/app/api/v1/assessments/route";
import * as comments from "@/app/api/v1/assessments/[id]/comments/[questionId]/route";
import * as evidence from "@/app/api/v1/assessments/[id]/evidence/route";
import { postCommentAction } from "@/lib/features/review/review-actions";
import { db } from "@/lib/server/db";
import { loadStoredVersion } from "@/lib/server/questionnaires/get-questionnaire-version";
import { openTestCycle } from "../support/assessment-fixtures";
import { jsonOf, makeCallers } from "../support/api-callers";

let ken: string;
let questionId: string;
let token: string;

const counts = async () => ({
  comments: await db().reviewComment.count({ where: { assessmentId: ken } }),
  answers: await db().answer.count({ where: { assessmentId: ken } }),
  evidence: await db().evidence.count({ where: { assessmentId: ken } }),
  audit: await db().auditLog.count({ where: { assessmentId: ken } }),
});

const send = (path: string, method: string, body: BodyInit | undefined, type = "application/json") =>
  new NextRequest(new URL(path, "http://localhost:3000"), { method, headers: { authorization: `Bearer ${token}`, "content-type": type }, body });
const params = <P>(p: P) => ({ params: Promise.resolve(p) });

beforeAll(async () => {
  const cycle = await openTestCycle(["KEN"]);
  ken = cycle.byCountry.KEN!;
  const row = await db().assessment.findUniqueOrThrow({ where: { id: ken }, select: { cycle: { select: { questionnaireVersionId: true } } } });
  questionId = Object.values((await loadStoredVersion(row.cycle.questionnaireVersionId)).questionById).find((q) => q.pillar === "legal")!.id;
  token = (await makeCallers()).tokens.focalKen!;
});

const deep = "[".repeat(100_000) + "]".repeat(100_000);

describe("a JSON body that cannot be stored or parsed", () => {
  it.each([
    ["a lone high surrogate", String.raw`{"body":"\ud800"}`, /lone surrogate/],
    ["a lone low surrogate between letters", String.raw`{"body":"a\udc00b"}`, /lone surrogate/],
    ["a reversed surrogate pair", String.raw`{"body":"\udc00\ud800"}`, /lone surrogate/],
    ["a lone surrogate in a key", String.raw`{"\ud800":1,"body":"fine"}`, /lone surrogate/],
    ["a NUL character", String.raw`{"body":"before\u0000after"}`, /NUL character/],
    ["bytes that are not UTF-8", new Uint8Array([0x7b, 0x22, 0x62, 0x6f, 0x64, 0x79, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d]), /not valid UTF-8/],
    ["truncated JSON", '{"body":"unfinished', /not valid JSON/],
    ["an empty body", "", /not valid JSON/],
    ["nesting 100,000 levels deep", `{"body":"x","extra":${deep}}`, /nested deeper than 64 levels/],
  ])("a comment with %s gets 400 and nothing is stored", async (_label, body, message) => {
    const before = await counts();
    const res = await comments.POST(send(`/api/v1/assessments/${ken}/comments/${questionId}`, "POST", body), params({ id: ken, questionId }));
    expect(res.status).toBe(400);
    expect((await jsonOf(res)).error).toMatchObject({ code: "bad-request", message: expect.stringMatching(message) });
    expect(await counts()).toEqual(before);
  });

  it("an answer comment with a lone surrogate gets 400; the same answer without it is saved", async () => {
    const before = await counts();
    const path = `/api/v1/assessments/${ken}/answers/${questionId}`;
    const bad = await answers.PUT(send(path, "PUT", String.raw`{"value":null,"revision":0,"comment":"note \ud83d"}`), params({ id: ken, questionId }));
    expect(bad.status).toBe(400);
    expect(await counts()).toEqual(before);
    // A well-formed pair (an emoji) is fine.
    const good = await answers.PUT(send(path, "PUT", String.raw`{"value":null,"revision":0,"comment":"note \ud83d\ude00"}`), params({ id: ken, questionId }));
    expect(good.status).toBe(200);
    expect((await jsonOf(good)).answer).toMatchObject({ questionId });
  });

  it("an evidence link with a NUL in its title gets 400", async () => {
    const before = await counts();
    const res = await evidence.POST(
      send(`/api/v1/assessments/${ken}/evidence`, "POST", String.raw`{"questionId":"${questionId}","url":"https://example.org/","title":"\u0000"}`),
      params({ id: ken }),
    );
    expect(res.status).toBe(400);
    expect(await counts()).toEqual(before);
  });
});

describe("a path or query that does not decode", () => {
  it("a path parameter that is not valid percent-encoding (Next rejects params with URIError) gets 400", async () => {
    const before = await counts();
    const broken = { params: Promise.reject(new URIError("URI malformed")) } as unknown as ReturnType<typeof params<{ id: string; questionId: string }>>;
    const res = await comments.POST(send(`/api/v1/assessments/%E0%A4%A/comments/${questionId}`, "POST", '{"body":"x"}'), broken);
    expect(res.status).toBe(400);
    expect((await jsonOf(res)).error.message).toBe("The request path is not valid percent-encoding");
    expect(await counts()).toEqual(before);
  });

  it.each([
    ["a lone surrogate", "\ud800"],
    ["a NUL", "L1\u0000"],
  ])("a path parameter with %s gets 400", async (_label, bad) => {
    const res = await comments.POST(send(`/api/v1/assessments/${ken}/comments/x`, "POST", '{"body":"x"}'), params({ id: ken, questionId: bad }));
    expect(res.status).toBe(400);
    expect((await jsonOf(res)).error.message).toMatch(/^The path parameter questionId contains/);
  });

  it("a query value with NUL (?cycle=%00) gets 400", async () => {
    const res = await assessments.GET(send("/api/v1/assessments?cycle=%00", "GET", undefined), params({}));
    expect(res.status).toBe(400);
    expect((await jsonOf(res)).error.message).toMatch(/^The query parameter cycle contains a NUL/);
  });
});

describe("server actions", () => {
  it("an argument with a lone surrogate is refused as bad-request before anything runs", async () => {
    const before = await counts();
    const result = await postCommentAction({ assessmentId: ken, questionId, body: "reply \udfff" });
    expect(result).toMatchObject({ ok: false, error: { code: "bad-request", message: expect.stringMatching(/lone surrogate/) } });
    expect(await counts()).toEqual(before);
  });
});
