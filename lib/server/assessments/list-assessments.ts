import "server-only";
import { headlineOf, parseStoredScore } from "../../assessments/stored-score";
import { visibleCountries, type TActor } from "../../authz/policy";
import { db } from "../db";

/**
 * The assessments the actor may see: their own country's, or every one for reviewers and admins,
 * each with its stored score of record and the basis it shows (self-reported or validated).
 */
export async function listAssessments(actor: TActor, filter: { cycleId?: string } = {}) {
  const countries = visibleCountries(actor);
  const rows = await db().assessment.findMany({
    where: { ...(countries === "all" ? {} : { countryIso3: { in: countries } }), ...(filter.cycleId ? { cycleId: filter.cycleId } : {}) },
    orderBy: [{ cycle: { opensAt: "desc" } }, { countryIso3: "asc" }],
    select: {
      id: true,
      countryIso3: true,
      status: true,
      scoreJson: true,
      updatedAt: true,
      submittedAt: true,
      cycle: { select: { id: true, name: true, opensAt: true, closesAt: true } },
    },
  });
  return rows.map(({ scoreJson, ...row }) => {
    const stored = parseStoredScore(scoreJson);
    const headline = stored ? headlineOf(stored) : null;
    return { ...row, score: stored && headline ? { basis: stored.basis, overall: headline.overall, tier: headline.tier, pillars: headline.pillars } : null };
  });
}
