import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import type { TActor } from "../../authz/policy";
import { actorFromHeaders } from "../current-actor";
import { AppError } from "../errors";
import { toActionError } from "./to-action-error";

type TRouteContext<P> = { actor: TActor; request: NextRequest; params: P };

/** The one wrapper for API routes: authenticate (session or bearer token), run, map errors to JSON. */
export function defineRoute<P extends Record<string, string> = Record<string, never>>(
  handler: (ctx: TRouteContext<P>) => Promise<unknown>,
) {
  return async (request: NextRequest, context: { params: Promise<P> }) => {
    try {
      const actor = await actorFromHeaders(request.headers);
      if (!actor) throw new AppError("unauthenticated", "Authentication required: sign in or send Authorization: Bearer <token>");
      const body = await handler({ actor, request, params: await context.params });
      // A handler that builds its own response (a file download) gets it sent as is.
      if (body instanceof Response) return body;
      return NextResponse.json(body ?? { ok: true });
    } catch (error) {
      const { status, ...rest } = toActionError(error);
      return NextResponse.json({ error: rest }, { status, headers: status === 401 ? { "WWW-Authenticate": "Bearer" } : {} });
    }
  };
}

/** Parses a JSON body, turning malformed JSON into a 400-class error instead of a crash. */
export async function readJson(request: NextRequest): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new AppError("bad-request", "The request body is not valid JSON");
  }
}
