import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import type { TActor } from "../../authz/policy";
import { actorFromHeaders } from "../current-actor";
import { AppError } from "../errors";
import { withApiHeaders } from "./api-headers";
import { whyNotCleanText } from "./clean-text";
import { mediaType } from "./read-body";
import { assertSameOrigin, isStateChanging } from "./same-origin";
import { toActionError } from "./to-action-error";

export { readForm, readJson } from "./read-body";

type TRouteContext<P> = { actor: TActor; request: NextRequest; params: P };

/** Body types a state-changing API request may carry: JSON, or multipart for uploads (readJson and readForm narrow it). */
const BODY_TYPES = new Set(["", "application/json", "multipart/form-data"]);

/**
 * The one wrapper for API routes: check the path and query, authenticate (session or bearer token),
 * refuse cross-origin cookie writes and foreign body types, run, and map errors to JSON. Every
 * response is no-store (national data) and carries HSTS over HTTPS.
 */
export function defineRoute<P extends Record<string, string> = Record<string, never>>(handler: (ctx: TRouteContext<P>) => Promise<unknown>) {
  return async (request: NextRequest, context: { params: Promise<P> }) => {
    try {
      const params = await cleanParams(context.params);
      assertCleanQuery(request);
      const actor = await actorFromHeaders(request.headers);
      if (!actor) throw new AppError("unauthenticated", "Authentication required: sign in or send Authorization: Bearer <token>");
      if (actor.via === "session") assertSameOrigin(request);
      if (isStateChanging(request) && !BODY_TYPES.has(mediaType(request))) {
        throw new AppError("unsupported-media-type", "Send the request body as JSON (Content-Type: application/json), or as multipart/form-data for uploads");
      }
      const body = await handler({ actor, request, params });
      // A handler that builds its own response (a file download) gets it sent as is.
      if (body instanceof Response) return withApiHeaders(body);
      return withApiHeaders(NextResponse.json(body ?? { ok: true }));
    } catch (error) {
      // Whatever was refused, the rest of the body is not wanted: stop reading it.
      if (!request.bodyUsed) void request.body?.cancel().catch(() => undefined);
      const { status, ...rest } = toActionError(error);
      return withApiHeaders(NextResponse.json({ error: rest }, { status, headers: status === 401 ? { "WWW-Authenticate": "Bearer" } : {} }));
    }
  };
}

/** Path parameters, refusing bad percent-encoding (URIError) and text that cannot be stored. */
export async function cleanParams<P extends Record<string, string>>(params: Promise<P>): Promise<P> {
  let value: P;
  try {
    value = await params;
  } catch (error) {
    if (error instanceof URIError) throw new AppError("bad-request", "The request path is not valid percent-encoding");
    throw error;
  }
  for (const [name, param] of Object.entries(value ?? {})) {
    const why = typeof param === "string" ? whyNotCleanText(param) : null;
    if (why) throw new AppError("bad-request", `The path parameter ${name} ${why}`);
  }
  return value;
}

export function assertCleanQuery(request: NextRequest): void {
  for (const [name, value] of request.nextUrl.searchParams) {
    const why = whyNotCleanText(name) ?? whyNotCleanText(value);
    if (why) throw new AppError("bad-request", `The query parameter ${whyNotCleanText(name) ? "name" : name} ${why}`);
  }
}
