import "server-only";
import type { TActor } from "../../authz/policy";
import { ZRemoveContributor } from "../../authz/team-schemas";
import { audit } from "../audit";
import { db } from "../db";
import { contributorGrant } from "./team-access";

/** Takes a contributor's role in the focal point's country away; the account stays. */
export async function removeContributor(actor: TActor, raw: { grantId: string }) {
  const { grantId } = ZRemoveContributor.parse(raw);
  const grant = await contributorGrant(actor, grantId);
  await db().$transaction(async (tx) => {
    await tx.roleGrant.delete({ where: { id: grant.id } });
    await audit(tx, actor, { action: "team.remove", entityType: "user", entityId: grant.userId, data: { country: grant.countryIso3 } });
  });
}
