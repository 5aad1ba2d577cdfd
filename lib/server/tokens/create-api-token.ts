import "server-only";
import type { TActor } from "../../authz/policy";
import { ZCreateToken, type TCreateToken } from "../../authz/user-schemas";
import { audit } from "../audit";
import { db } from "../db";
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
