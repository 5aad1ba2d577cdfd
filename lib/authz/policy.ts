// Who may do what: pure decisions over an actor's grants. Every server entry point asks here.
import { PILLAR_IDS, type TPillarId } from "../questionnaire/constants";

export const ROLES = ["admin", "reviewer", "focal-point", "contributor"] as const;
export type TRole = (typeof ROLES)[number];
export const COUNTRY_ROLES: readonly TRole[] = ["focal-point", "contributor"];

export type TGrant = { role: TRole; countryIso3: string | null; pillars: TPillarId[] };

export type TActor = {
  userId: string;
  email: string;
  name: string;
  grants: TGrant[];
  /** How the caller authenticated: a browser session or a personal API token. */
  via: "session" | "token" | "system";
};

export function isAdmin(actor: TActor): boolean {
  return actor.grants.some((g) => g.role === "admin");
}

/** Reviewers (BDT staff) and admins see every country. */
export function seesAllCountries(actor: TActor): boolean {
  return actor.grants.some((g) => g.role === "admin" || g.role === "reviewer");
}

export function isReviewer(actor: TActor): boolean {
  return actor.grants.some((g) => g.role === "reviewer" || g.role === "admin");
}

export function countryGrant(actor: TActor, iso3: string): TGrant | undefined {
  return (
    actor.grants.find((g) => g.role === "focal-point" && g.countryIso3 === iso3) ?? actor.grants.find((g) => g.role === "contributor" && g.countryIso3 === iso3)
  );
}

/** The countries whose own (unpublished) data the actor may see; "all" for reviewers and admins. */
export function visibleCountries(actor: TActor): "all" | string[] {
  if (seesAllCountries(actor)) return "all";
  return [...new Set(actor.grants.flatMap((g) => (g.countryIso3 ? [g.countryIso3] : [])))];
}

export function canViewCountry(actor: TActor, iso3: string): boolean {
  return seesAllCountries(actor) || countryGrant(actor, iso3) !== undefined;
}

/** Pillars of a country's assessment the actor may edit (before any status check). */
export function editablePillars(actor: TActor, iso3: string): TPillarId[] {
  const grant = countryGrant(actor, iso3);
  if (!grant) return [];
  return grant.role === "focal-point" ? [...PILLAR_IDS] : grant.pillars;
}

/**
 * Pillars whose answers, comments, evidence, history and audit entries the actor may read. Reading
 * follows writing for contributors (their assigned pillars); the focal point, reviewers and admins
 * read all five; anyone else none.
 */
export function readablePillars(actor: TActor, iso3: string): TPillarId[] {
  if (seesAllCountries(actor)) return [...PILLAR_IDS];
  return editablePillars(actor, iso3);
}

export function canEditPillar(actor: TActor, iso3: string, pillar: TPillarId): boolean {
  return editablePillars(actor, iso3).includes(pillar);
}

/** Only the focal point submits, signs off and delegates for their country. */
export function isFocalPointOf(actor: TActor, iso3: string): boolean {
  return actor.grants.some((g) => g.role === "focal-point" && g.countryIso3 === iso3);
}

export type THomeKind = "admin" | "reviewer" | "focal-point" | "contributor" | "none";

/** The home page a person lands on: the most responsible role they hold. */
export function homeKind(actor: TActor): THomeKind {
  for (const role of ROLES) if (actor.grants.some((g) => g.role === role)) return role;
  return "none";
}

/** A grant is well-formed when country roles name a country and only contributors carry pillars. */
export function grantProblem(grant: TGrant): string | null {
  const needsCountry = COUNTRY_ROLES.includes(grant.role);
  if (needsCountry && !grant.countryIso3) return `the ${grant.role} role needs a country`;
  if (!needsCountry && grant.countryIso3) return `the ${grant.role} role covers all countries and takes no country`;
  if (grant.role === "contributor" && grant.pillars.length === 0) return "a contributor needs at least one pillar";
  if (grant.role !== "contributor" && grant.pillars.length > 0) return "only contributors are limited to pillars";
  return null;
}

/** The CLI runs with shell access to the server, which is already full control. */
export const SYSTEM_ACTOR: TActor = {
  userId: "system",
  email: "system@localhost",
  name: "System (CLI)",
  grants: [{ role: "admin", countryIso3: null, pillars: [] }],
  via: "system",
};
