import "server-only";
import { AppError } from "../errors";
import { findMalformedText } from "./clean-text";

/** JSON bodies above this are refused (the largest real one, an answer with a 4000-character comment, is ~20 KB). */
export const MAX_JSON_BODY_BYTES = 1024 * 1024;

const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB` : `${Math.round(bytes / 1024)} KB`);
export const tooLarge = (limit: number) => new AppError("too-large", `The request body is larger than ${size(limit)}`, undefined, { max: limit });

/** The media type of a request, lower-cased without its parameters ("" when absent). */
export function mediaType(request: Request): string {
  return (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
}

/** Refuses at once a body whose declared Content-Length is over the limit, without reading it. */
function refuseDeclaredOverLimit(request: Request, limit: number, refusal: AppError): void {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (Number.isFinite(declared) && declared > limit) {
    void request.body?.cancel().catch(() => undefined);
    throw refusal;
  }
}

/**
 * The body as a stream that stops, cancelling its source, as soon as more than `limit` bytes have
 * passed, whether or not a Content-Length was sent (chunked uploads send none).
 */
export function limitedStream(body: ReadableStream<Uint8Array>, limit: number, onExceeded: () => void): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  let size = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await reader.read();
      if (done) return controller.close();
      size += value.byteLength;
      if (size > limit) {
        onExceeded();
        void reader.cancel("request body too large").catch(() => undefined);
        controller.error(tooLarge(limit));
        return;
      }
      controller.enqueue(value);
    },
    cancel: (reason) => reader.cancel(reason),
  });
}

/** Reads the whole body into memory, never more than `limit` bytes of it. */
export async function readBodyBytes(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  refuseDeclaredOverLimit(request, limit, tooLarge(limit));
  if (!request.body) return new Uint8Array(0);
  let exceeded = false;
  const reader = limitedStream(request.body, limit, () => (exceeded = true)).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
    }
  } catch (error) {
    if (exceeded) throw tooLarge(limit);
    throw new AppError("bad-request", "The request body could not be read", undefined, { cause: String(error) });
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/**
 * Parses a JSON body: application/json only, at most `limit` bytes (counted while streaming), valid
 * UTF-8, valid JSON, and no text that cannot be stored (lone surrogates, NUL). Each refusal is a 4xx.
 */
export async function readJson(request: Request, limit = MAX_JSON_BODY_BYTES): Promise<unknown> {
  if (mediaType(request) !== "application/json") {
    void request.body?.cancel().catch(() => undefined);
    throw new AppError("unsupported-media-type", "Send the request body as JSON with Content-Type: application/json");
  }
  const bytes = await readBodyBytes(request, limit);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new AppError("bad-request", "The request body is not valid UTF-8");
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new AppError("bad-request", "The request body is not valid JSON");
  }
  const malformed = findMalformedText(value);
  if (malformed) throw new AppError("bad-request", `The request body ${malformed}`);
  return value;
}

/** Parses a multipart/form-data body, reading at most `limit` bytes of it (else `refusal`, a 413). */
export async function readForm(request: Request, limit: number, refusal = tooLarge(limit)): Promise<FormData> {
  refuseDeclaredOverLimit(request, limit, refusal);
  if (!request.body) throw new AppError("bad-request", "The request body is not valid multipart/form-data");
  let exceeded = false;
  const bounded = new Request(request.url, {
    method: request.method,
    headers: request.headers,
    body: limitedStream(request.body, limit, () => (exceeded = true)),
    duplex: "half",
  } as RequestInit);
  try {
    return await bounded.formData();
  } catch {
    if (exceeded) throw refusal;
    throw new AppError("bad-request", "The request body is not valid multipart/form-data");
  }
}
