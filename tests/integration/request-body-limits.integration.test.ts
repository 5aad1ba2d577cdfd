// Issue 13 defect 2: every body is bounded while it streams. A chunked request (no Content-Length)
// over the limit gets 413 with a JSON error, the handler stops reading (the stream is cancelled a
// chunk after the limit) and nothing is stored.
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import * as authRoute from "@/app/api/auth/[...all]/route";
import * as comments from "@/app/api/v1/assessments/[id]/comments/[questionId]/route";
import * as evidence from "@/app/api/v1/assessments/[id]/evidence/route";
import * as answers from "@/app/api/v1/assessments/[id]/answers/[questionId]/route";
import { env } from "@/lib/env";
import { MAX_EVIDENCE_FILE_BYTES } from "@/lib/evidence/schemas";
import { db } from "@/lib/server/db";
import { MAX_JSON_BODY_BYTES } from "@/lib/server/entry/read-body";
import { loadStoredVersion } from "@/lib/server/questionnaires/get-questionnaire-version";
import { openTestCycle } from "../support/assessment-fixtures";
import { jsonOf, makeCallers, routeContext as ctx } from "../support/api-callers";
import { MINIMAL_PDF } from "../support/evidence-files";

const CHUNK = 64 * 1024;
const encoder = new TextEncoder();

/**
 * A chunked body: `head`, then `total` bytes of filler in 64 KB chunks, then `tail`. Records how many
 * bytes the reader pulled and whether it cancelled. Finite, so the unfixed code ends (and fails).
 */
function chunkedBody(head: string, total: number, tail = "", fill = 0x61) {
  const seen = { pulled: 0, cancelled: false, done: false };
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>(
    {
      start(controller) {
        const first = encoder.encode(head);
        seen.pulled += first.byteLength;
        controller.enqueue(first);
      },
      pull(controller) {
        if (sent >= total) {
          const last = encoder.encode(tail);
          seen.pulled += last.byteLength;
          controller.enqueue(last);
          seen.done = true;
          controller.close();
          return;
        }
        const size = Math.min(CHUNK, total - sent);
        sent += size;
        seen.pulled += size;
        controller.enqueue(new Uint8Array(size).fill(fill));
      },
      cancel() {
        seen.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, seen };
}

const streamed = (path: string, method: string, headers: Record<string, string>, body: ReadableStream<Uint8Array>) =>
  new NextRequest(new URL(path, "http://localhost:3000"), { method, headers, body, duplex: "half" } as ConstructorParameters<typeof NextRequest>[1]);

let ken: string;
let questionId: string;
let tokens: Awaited<ReturnType<typeof makeCallers>>["tokens"];

const counts = async () => ({
  comments: await db().reviewComment.count({ where: { assessmentId: ken } }),
  answers: await db().answer.count({ where: { assessmentId: ken } }),
  evidence: await db().evidence.count({ where: { assessmentId: ken } }),
  audit: await db().auditLog.count({ where: { assessmentId: ken } }),
});

beforeAll(async () => {
  const cycle = await openTestCycle(["KEN"]);
  ken = cycle.byCountry.KEN!;
  const row = await db().assessment.findUniqueOrThrow({ where: { id: ken }, select: { cycle: { select: { questionnaireVersionId: true } } } });
  const version = await loadStoredVersion(row.cycle.questionnaireVersionId);
  questionId = Object.values(version.questionById).find((q) => q.pillar === "legal")!.id;
  ({ tokens } = await makeCallers());
});

describe("a chunked JSON body over the limit", () => {
  it.each([
    ["POST a comment", "POST", () => comments.POST, '{"body":"'],
    ["PUT an answer", "PUT", () => answers.PUT, '{"revision":0,"value":"'],
  ] as const)("%s: 413 with a JSON error, reading stops after the limit, nothing stored", async (_label, method, route, head) => {
    const before = await counts();
    const { stream, seen } = chunkedBody(head, 8 * MAX_JSON_BODY_BYTES, '"}');
    const path = `/api/v1/assessments/${ken}/x/${questionId}`;
    const res = await route()(
      streamed(path, method, { authorization: `Bearer ${tokens.focalKen}`, "content-type": "application/json" }, stream),
      ctx({ id: ken, questionId }),
    );
    expect(res.status).toBe(413);
    expect((await jsonOf(res)).error).toMatchObject({ code: "too-large", message: "The request body is larger than 1 MB" });
    expect(seen.cancelled).toBe(true);
    expect(seen.done).toBe(false);
    expect(seen.pulled).toBeLessThanOrEqual(MAX_JSON_BODY_BYTES + 2 * CHUNK);
    expect(await counts()).toEqual(before);
  });

  it("a body just under the limit is still read and answered on its merits", async () => {
    const { stream, seen } = chunkedBody('{"body":"', MAX_JSON_BODY_BYTES - 100, '"}');
    const res = await comments.POST(
      streamed(
        `/api/v1/assessments/${ken}/comments/${questionId}`,
        "POST",
        { authorization: `Bearer ${tokens.focalKen}`, "content-type": "application/json" },
        stream,
      ),
      ctx({ id: ken, questionId }),
    );
    // Read to the end and refused by the schema (a comment is at most 4000 characters), not by size.
    expect(res.status).toBe(422);
    expect(seen.done).toBe(true);
  });
});

describe("a chunked multipart upload over the limit", () => {
  it("413 with a JSON error, reading stops after the limit (20 MB + boundaries), nothing stored", async () => {
    const before = await counts();
    const boundary = "----fuzzboundary";
    const head =
      `--${boundary}\r\nContent-Disposition: form-data; name="questionId"\r\n\r\n${questionId}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\nContent-Type: application/pdf\r\n\r\n${new TextDecoder().decode(MINIMAL_PDF)}`;
    const { stream, seen } = chunkedBody(head, 2 * MAX_EVIDENCE_FILE_BYTES, `\r\n--${boundary}--\r\n`, 0x20);
    const res = await evidence.POST(
      streamed(
        `/api/v1/assessments/${ken}/evidence`,
        "POST",
        { authorization: `Bearer ${tokens.focalKen}`, "content-type": `multipart/form-data; boundary=${boundary}` },
        stream,
      ),
      ctx({ id: ken }),
    );
    expect(res.status).toBe(413);
    expect((await jsonOf(res)).error.code).toBe("too-large");
    expect(seen.cancelled).toBe(true);
    expect(seen.pulled).toBeLessThanOrEqual(MAX_EVIDENCE_FILE_BYTES + 64 * 1024 + 2 * CHUNK);
    expect(await counts()).toEqual(before);
  });

  it("a declared Content-Length over the limit is refused with 413 before any byte is read", async () => {
    const { stream, seen } = chunkedBody("--x\r\n", 1024);
    const res = await evidence.POST(
      streamed(
        `/api/v1/assessments/${ken}/evidence`,
        "POST",
        { authorization: `Bearer ${tokens.focalKen}`, "content-type": "multipart/form-data; boundary=x", "content-length": String(30 * 1024 * 1024) },
        stream,
      ),
      ctx({ id: ken }),
    );
    expect(res.status).toBe(413);
    expect(seen.pulled).toBeLessThanOrEqual(5);
  });
});

describe("a chunked sign-in body over the limit", () => {
  it("413 before better-auth reads it, reading stops after the limit", async () => {
    const { stream, seen } = chunkedBody('{"email":"a@b.example","password":"', 4 * MAX_JSON_BODY_BYTES, '"}');
    const origin = env().APP_URL;
    const res = await authRoute.POST(
      new Request(`${origin}/api/auth/sign-in/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin },
        body: stream,
        duplex: "half",
      } as RequestInit),
    );
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("too-large");
    expect(seen.cancelled).toBe(true);
    // Sign-in bodies are small: the auth routes stop at 64 KB.
    expect(seen.pulled).toBeLessThanOrEqual(64 * 1024 + 2 * CHUNK);
  });
});
