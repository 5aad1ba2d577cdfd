import "server-only";
import { AppError } from "../errors";
import { findMalformedText } from "./clean-text";
import { mediaType, readBodyBytes } from "./read-body";

/** Sign-in, sign-up and account bodies are small; this is far above any of them. */
const MAX_AUTH_BODY_BYTES = 64 * 1024;

/**
 * A copy of an auth request whose body has been read under a limit (counted while streaming) and,
 * when it is JSON, checked for text that cannot be stored. better-auth then parses the copy.
 */
export async function boundedAuthRequest(request: Request): Promise<Request> {
  if (request.method === "GET" || request.method === "HEAD") return request;
  const bytes = await readBodyBytes(request, MAX_AUTH_BODY_BYTES);
  if (bytes.byteLength > 0 && mediaType(request) === "application/json") {
    let value: unknown;
    try {
      value = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
    } catch {
      throw new AppError("bad-request", "The request body is not valid JSON");
    }
    const malformed = findMalformedText(value);
    if (malformed) throw new AppError("bad-request", `The request body ${malformed}`);
  }
  const headers = new Headers(request.headers);
  headers.delete("content-length");
  headers.delete("transfer-encoding");
  return new Request(request.url, { method: request.method, headers, body: bytes.byteLength > 0 ? bytes : undefined, signal: request.signal });
}
