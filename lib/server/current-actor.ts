import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import type { TActor } from "../authz/policy";
import { auth } from "./auth";
import { db } from "./db";
import { loadActor } from "./load-actor";
import { hashTokenSecret, looksLikeToken } from "./tokens/token-secret";
import { sessionStillAlive } from "./users/session-lifetime";

/** Resolves `Authorization: Bearer <token>` to its owner's actor; null for unknown, revoked or expired tokens. */
export async function actorFromBearer(authorization: string | null): Promise<TActor | null> {
  const secret = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (!secret || !looksLikeToken(secret)) return null;
  const token = await db().apiToken.findUnique({ where: { tokenHash: hashTokenSecret(secret) } });
  if (!token || token.revokedAt || (token.expiresAt && token.expiresAt < new Date())) return null;
  // Refresh "last used" at most once a minute to keep reads cheap.
  if (!token.lastUsedAt || Date.now() - token.lastUsedAt.getTime() > 60_000) {
    await db().apiToken.update({ where: { id: token.id }, data: { lastUsedAt: new Date() } });
  }
  return loadActor(token.userId, "token");
}

export async function actorFromHeaders(h: Headers): Promise<TActor | null> {
  if (h.get("authorization")) return actorFromBearer(h.get("authorization"));
  // Read from the database on every request (no cookie cache): an ended session is refused at once.
  const session = await auth().api.getSession({ headers: h });
  if (!session || !(await sessionStillAlive(session.session))) return null;
  return loadActor(session.user.id, "session");
}

/** The signed-in person for this request (React-cached: one lookup per render). */
export const currentActor = cache(async (): Promise<TActor | null> => actorFromHeaders(await headers()));
