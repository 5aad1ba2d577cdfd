import "server-only";
import { PILLAR_IDS, type TPillarId } from "../questionnaire/constants";
import { ROLES, type TActor, type TGrant, type TRole } from "../authz/policy";
import { db } from "./db";

export function parsePillars(json: string): TPillarId[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((p): p is TPillarId => PILLAR_IDS.includes(p)) : [];
  } catch {
    return [];
  }
}

/** The actor for a user id, with grants; null when the user is unknown or disabled. */
export async function loadActor(userId: string, via: TActor["via"]): Promise<TActor | null> {
  const user = await db().user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, disabledAt: true, grants: { select: { role: true, countryIso3: true, pillars: true } } },
  });
  if (!user || user.disabledAt) return null;
  const grants: TGrant[] = user.grants
    .filter((g) => (ROLES as readonly string[]).includes(g.role))
    .map((g) => ({ role: g.role as TRole, countryIso3: g.countryIso3, pillars: parsePillars(g.pillars) }));
  return { userId: user.id, email: user.email, name: user.name, grants, via };
}
