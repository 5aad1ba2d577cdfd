import "server-only";
import { createHash } from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import { withApiHeaders } from "./api-headers";
import { assertCleanQuery, cleanParams } from "./define-route";
import { toActionError } from "./to-action-error";

/** A minute in browsers and shared caches: a withdrawn consent is gone from caches within it. */
const PUBLIC_CACHE = "public, max-age=60";

/**
 * The wrapper for the open API (published results): no sign-in, read only, cacheable by anyone,
 * callable from any origin, with an ETag so a client that has the body gets 304 for it.
 */
export function definePublicRoute<P extends Record<string, string> = Record<string, never>>(
  handler: (ctx: { request: NextRequest; params: P }) => Promise<unknown>,
) {
  return async (request: NextRequest, context: { params: Promise<P> }) => {
    try {
      const params = await cleanParams(context.params);
      assertCleanQuery(request);
      const body = JSON.stringify(await handler({ request, params }));
      const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
      const headers = { "Cache-Control": PUBLIC_CACHE, ETag: etag, "Access-Control-Allow-Origin": "*", Vary: "Accept-Encoding" };
      if (request.headers.get("if-none-match") === etag) return withApiHeaders(new NextResponse(null, { status: 304, headers }));
      return withApiHeaders(new NextResponse(body, { headers: { ...headers, "Content-Type": "application/json" } }));
    } catch (error) {
      const { status, ...rest } = toActionError(error);
      return withApiHeaders(NextResponse.json({ error: rest }, { status, headers: { "Access-Control-Allow-Origin": "*" } }));
    }
  };
}
