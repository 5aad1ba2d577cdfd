import "server-only";
import type { TActor } from "../../authz/policy";
import { ZCreateToken, ZRevokeToken, type TCreateToken } from "../../authz/user-schemas";
import { audit } from "../audit";
import { db } from "../db";
import { notFound } from "../errors";
import { newTokenSecret } from "./token-secret";

/** A personal token for the actor themself; the secret is returned once and never stored. */
export async function createApiToken(actor: TActor, raw: TCreateToken, userId = actor.userId) {
  const input = ZCreateToken.parse(raw);
  const { secret, hash, prefix } = newTokenSecret();
  const expiresAt = input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86400_000) : null;
  const token = await db().apiToken.create({ data: { userId, name: input.name, tokenHash: hash, prefix, expiresAt } });
  await audit(db(), actor, { action: "token.create", entityType: "user", entityId: userId, data: { tokenId: token.id, name: input.name } });
  return { id: token.id, name: token.name, prefix, expiresAt, secret };
}

export async function listApiTokens(actor: TActor) {
  return db().apiToken.findMany({
    where: { userId: actor.userId },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, expiresAt: true, revokedAt: true },
  });
}

export async function revokeApiToken(actor: TActor, raw: { tokenId: string }): Promise<void> {
  const { tokenId } = ZRevokeToken.parse(raw);
  // Scoped to the owner: another person's token is "not found", not "forbidden".
  const token = await db().apiToken.findFirst({ where: { id: tokenId, userId: actor.userId } });
  if (!token) throw notFound("Unknown token");
  await db().apiToken.update({ where: { id: token.id }, data: { revokedAt: new Date() } });
  await audit(db(), actor, { action: "token.revoke", entityType: "user", entityId: actor.userId, data: { tokenId } });
}
