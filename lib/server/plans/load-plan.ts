import "server-only";
import { isValidated } from "../../authz/assessment-rules";
import { z } from "zod";
import { isReviewer, type TActor } from "../../authz/policy";
import { buildPlan, type TPlan } from "../../plans/build-plan";
import { ZPlanQuery, type TPlanQuery } from "../../plans/plan-query";
import { scoreOfRecord } from "../../assessments/score-of-record";
import type { TNormalizedQuestionnaire } from "../../questionnaire/model";
import { adjustmentsFrom, answersOf, reviewSelect } from "../assessments/record-score";
import { db } from "../db";
import { forbidden } from "../errors";
import { loadStoredVersion } from "../questionnaires/get-questionnaire-version";

export type TLoadedPlan = {
  cycles: { id: string; name: string }[];
  cycle: { id: string; name: string } | null;
  query: z.output<typeof ZPlanQuery>;
  version: TNormalizedQuestionnaire | null;
  plan: TPlan;
  validated: number;
};

/** Reviewers and admins plan across countries: every assessment of the cycle in scope, scored now. */
export async function loadPlan(actor: TActor, raw: TPlanQuery): Promise<TLoadedPlan> {
  if (!isReviewer(actor)) throw forbidden("Only reviewers and admins build capacity-building plans");
  const query = ZPlanQuery.parse(raw);
  const cycles = await db().cycle.findMany({ orderBy: { opensAt: "desc" }, select: { id: true, name: true, questionnaireVersionId: true } });
  const cycle = cycles.find((c) => c.id === query.cycle) ?? cycles[0] ?? null;
  const empty = { flags: [], steps: [], moves: [], countries: [] };
  if (!cycle) return { cycles, cycle: null, query, version: null, plan: empty, validated: 0 };
  const version = await loadStoredVersion(cycle.questionnaireVersionId);
  const rows = await db().assessment.findMany({
    where: {
      cycleId: cycle.id,
      ...(query.countries.length > 0 ? { countryIso3: { in: query.countries } } : {}),
      ...(query.region ? { country: { ituRegion: query.region } } : {}),
    },
    select: {
      id: true,
      status: true,
      countryIso3: true,
      country: { select: { ituRegion: true } },
      answers: { select: { questionId: true, value: true } },
      reviews: { select: reviewSelect },
    },
    orderBy: { countryIso3: "asc" },
  });
  const countries = rows.map((r) => {
    // The score of record: a validated country is planned from its validated answers.
    const record = scoreOfRecord(version, answersOf(r.answers), adjustmentsFrom(r.reviews), { status: r.status, reviewed: r.reviews.length > 0 });
    const score = record.headline;
    return {
      id: r.id,
      iso3: r.countryIso3,
      region: r.country.ituRegion,
      status: r.status,
      basis: record.basis,
      overall: score.overall.display,
      tier: score.tier.tier,
      flags: score.flags,
      nextSteps: score.nextSteps.overall,
      maturity: record.maturity,
    };
  });
  return {
    cycles: cycles.map(({ id, name }) => ({ id, name })),
    cycle: { id: cycle.id, name: cycle.name },
    query,
    version,
    plan: buildPlan(countries),
    validated: rows.filter((r) => isValidated(r.status)).length,
  };
}
