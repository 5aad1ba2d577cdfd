import "server-only";
import { isFocalPointOf, type TActor } from "../../authz/policy";
import { db } from "../db";
import { forbidden, notFound } from "../errors";

/** The focal point's own country: the one country their role names. */
export function focalCountry(actor: TActor): string {
  const grant = actor.grants.find((g) => g.role === "focal-point");
  if (!grant?.countryIso3) throw forbidden("Only national focal points manage their team");
  return grant.countryIso3;
}

/** A contributor's grant in the focal point's own country; grants of other countries are "not found" to them. */
export async function contributorGrant(actor: TActor, grantId: string) {
  const grant = await db().roleGrant.findUnique({ where: { id: grantId } });
  if (!grant || grant.role !== "contributor" || !grant.countryIso3 || !isFocalPointOf(actor, grant.countryIso3)) throw notFound("Unknown team member");
  return grant;
}
