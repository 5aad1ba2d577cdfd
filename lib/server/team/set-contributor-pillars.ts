import "server-only";
import type { TActor } from "../../authz/policy";
import { ZSetContributorPillars } from "../../authz/team-schemas";
import { audit } from "../audit";
import { db } from "../db";
import { contributorGrant } from "./team-access";

/** Which pillars a contributor of the focal point's country may see and edit. */
export async function setContributorPillars(actor: TActor, raw: { grantId: string; pillars: string[] }) {
  const input = ZSetContributorPillars.parse(raw);
  const grant = await contributorGrant(actor, input.grantId);
  await db().$transaction(async (tx) => {
    await tx.roleGrant.update({ where: { id: grant.id }, data: { pillars: JSON.stringify(input.pillars) } });
    await audit(tx, actor, { action: "team.pillars", entityType: "user", entityId: grant.userId, data: { pillars: input.pillars } });
  });
}
