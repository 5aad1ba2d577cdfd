import "server-only";
import { visibleCountries, type TActor } from "../../authz/policy";
import { db } from "../db";

/** The assessments the actor may see: their own country's, or every one for reviewers and admins. */
export async function listAssessments(actor: TActor, filter: { cycleId?: string } = {}) {
  const countries = visibleCountries(actor);
  return db().assessment.findMany({
    where: { ...(countries === "all" ? {} : { countryIso3: { in: countries } }), ...(filter.cycleId ? { cycleId: filter.cycleId } : {}) },
    orderBy: [{ cycle: { opensAt: "desc" } }, { countryIso3: "asc" }],
    select: {
      id: true,
      countryIso3: true,
      status: true,
      overallScore: true,
      tier: true,
      updatedAt: true,
      submittedAt: true,
      cycle: { select: { id: true, name: true, opensAt: true, closesAt: true } },
    },
  });
}
