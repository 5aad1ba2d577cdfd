import "server-only";
import type { TActor } from "../../authz/policy";
import { db } from "../db";

/** The actor's own tokens, newest first, without their secrets (only a prefix is kept). */
export async function listApiTokens(actor: TActor) {
  return db().apiToken.findMany({
    where: { userId: actor.userId },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, expiresAt: true, revokedAt: true },
  });
}
