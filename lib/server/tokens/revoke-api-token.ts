import "server-only";
import type { TActor } from "../../authz/policy";
import { ZRevokeToken } from "../../authz/user-schemas";
import { audit } from "../audit";
import { db } from "../db";
import { notFound } from "../errors";

export async function revokeApiToken(actor: TActor, raw: { tokenId: string }): Promise<void> {
  const { tokenId } = ZRevokeToken.parse(raw);
  // Scoped to the owner: another person's token is "not found", not "forbidden".
  const token = await db().apiToken.findFirst({ where: { id: tokenId, userId: actor.userId } });
  if (!token) throw notFound("Unknown token");
  await db().apiToken.update({ where: { id: token.id }, data: { revokedAt: new Date() } });
  await audit(db(), actor, { action: "token.revoke", entityType: "user", entityId: actor.userId, data: { tokenId } });
}
