import "server-only";
import type { TActor } from "../../authz/policy";
import { db } from "../db";
import { parsePillars } from "../load-actor";
import { focalCountry } from "./team-access";

/** The focal point's team: everyone with a role in their country, focal points first. */
export async function listTeam(actor: TActor) {
  const country = focalCountry(actor);
  const grants = await db().roleGrant.findMany({
    where: { countryIso3: country },
    orderBy: [{ role: "desc" }, { createdAt: "asc" }],
    select: { id: true, role: true, pillars: true, user: { select: { id: true, name: true, email: true, disabledAt: true } } },
  });
  return { country, members: grants.map((g) => ({ ...g, pillars: parsePillars(g.pillars) })) };
}
