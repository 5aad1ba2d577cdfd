import "server-only";
import { isFocalPointOf, type TActor } from "../../authz/policy";
import { ZInviteContributor, ZRemoveContributor, ZSetContributorPillars, type TInviteContributor } from "../../authz/team-schemas";
import { audit } from "../audit";
import { db } from "../db";
import { forbidden, notFound } from "../errors";
import { parsePillars } from "../load-actor";
import { createUser } from "../users/create-user";

/** The focal point's own country: the one country their role names. */
function focalCountry(actor: TActor): string {
  const grant = actor.grants.find((g) => g.role === "focal-point");
  if (!grant?.countryIso3) throw forbidden("Only national focal points manage their team");
  return grant.countryIso3;
}

export async function listTeam(actor: TActor) {
  const country = focalCountry(actor);
  const grants = await db().roleGrant.findMany({
    where: { countryIso3: country },
    orderBy: [{ role: "desc" }, { createdAt: "asc" }],
    select: { id: true, role: true, pillars: true, user: { select: { id: true, name: true, email: true, disabledAt: true } } },
  });
  return { country, members: grants.map((g) => ({ ...g, pillars: parsePillars(g.pillars) })) };
}

/** Creates the colleague's account with a one-time password, limited to the chosen pillars. */
export async function inviteContributor(actor: TActor, raw: TInviteContributor) {
  const input = ZInviteContributor.parse(raw);
  return createUser(actor, { ...input, role: "contributor", countryIso3: focalCountry(actor) });
}

async function contributorGrant(actor: TActor, grantId: string) {
  const grant = await db().roleGrant.findUnique({ where: { id: grantId } });
  // Grants of other countries are "not found" to a focal point.
  if (!grant || grant.role !== "contributor" || !grant.countryIso3 || !isFocalPointOf(actor, grant.countryIso3)) throw notFound("Unknown team member");
  return grant;
}

export async function setContributorPillars(actor: TActor, raw: { grantId: string; pillars: string[] }) {
  const input = ZSetContributorPillars.parse(raw);
  const grant = await contributorGrant(actor, input.grantId);
  await db().$transaction(async (tx) => {
    await tx.roleGrant.update({ where: { id: grant.id }, data: { pillars: JSON.stringify(input.pillars) } });
    await audit(tx, actor, { action: "team.pillars", entityType: "user", entityId: grant.userId, data: { pillars: input.pillars } });
  });
}

export async function removeContributor(actor: TActor, raw: { grantId: string }) {
  const { grantId } = ZRemoveContributor.parse(raw);
  const grant = await contributorGrant(actor, grantId);
  await db().$transaction(async (tx) => {
    await tx.roleGrant.delete({ where: { id: grant.id } });
    await audit(tx, actor, { action: "team.remove", entityType: "user", entityId: grant.userId, data: { country: grant.countryIso3 } });
  });
}
