import "server-only";
import { seesAllCountries, visibleCountries, type TActor } from "../../authz/policy";
import { parseStoredScore } from "../../assessments/stored-score";
import { storedAggregate } from "../../charts/stored-aggregate";
import type { TAggregate } from "../../charts/types";
import { countryName } from "../../countries/country-name";
import { db } from "../db";
import { notFound } from "../errors";

export type TDashboardCycle = { id: string; name: string; opensAt: Date; questionnaireKey: string; questionnaireVersionId: string };

/** A visible aggregate with what the map and links need; never answers. */
export type TDashboardAggregate = TAggregate & { assessmentId: string; m49Code: string; own: boolean };

const countrySelect = { iso3: true, m49Code: true, ituRegion: true, nameEn: true, nameFr: true, nameAr: true, nameZh: true, nameRu: true, nameEs: true } as const;

/** Cycles, newest first, and the chosen one. */
export async function dashboardCycles(cycleId?: string): Promise<{ cycles: TDashboardCycle[]; cycle: TDashboardCycle | null }> {
  const rows = await db().cycle.findMany({
    orderBy: [{ opensAt: "desc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      opensAt: true,
      questionnaireVersionId: true,
      questionnaireVersion: { select: { questionnaireId: true, version: true } },
      _count: { select: { assessments: { where: { status: "validated" } } } },
    },
  });
  // By default the newest cycle with validated results: a cycle just opened has nothing to chart yet.
  const fallback = rows.find((r) => r._count.assessments > 0) ?? rows[0];
  const cycles = rows.map((r) => ({
    id: r.id,
    name: r.name,
    opensAt: r.opensAt,
    questionnaireVersionId: r.questionnaireVersionId,
    questionnaireKey: `${r.questionnaireVersion.questionnaireId}@${r.questionnaireVersion.version}`,
  }));
  if (cycleId && !cycles.some((c) => c.id === cycleId)) throw notFound("Unknown cycle");
  return { cycles, cycle: cycles.find((c) => c.id === (cycleId ?? fallback?.id)) ?? null };
}

/**
 * The visibility rule of the dashboards: reviewers and admins see every assessment; focal points and
 * contributors see their own country's and, of other countries, only validated ones.
 */
export function visibilityWhere(actor: TActor) {
  if (seesAllCountries(actor)) return {};
  const own = visibleCountries(actor) as string[];
  return { OR: [{ countryIso3: { in: own } }, { status: "validated" }] };
}

/** The visible assessments of some cycles as aggregates (scores, tier, flags, status). */
export async function loadAggregates(actor: TActor, cycleIds: string[], locale: string, countries?: string[]): Promise<(TDashboardAggregate & { cycleId: string })[]> {
  const own = new Set(seesAllCountries(actor) ? [] : (visibleCountries(actor) as string[]));
  const rows = await db().assessment.findMany({
    where: { cycleId: { in: cycleIds }, ...(countries ? { countryIso3: { in: countries } } : {}), ...visibilityWhere(actor) },
    select: { id: true, cycleId: true, status: true, scoreJson: true, isDemo: true, country: { select: countrySelect } },
    orderBy: { countryIso3: "asc" },
  });
  return rows.map((r) => {
    // The stored score of record: validated for validated assessments, self-reported for the rest.
    const { overall, tier, pillars, flags } = storedAggregate(parseStoredScore(r.scoreJson));
    return {
      assessmentId: r.id,
      cycleId: r.cycleId,
      iso3: r.country.iso3,
      m49Code: r.country.m49Code,
      name: countryName(r.country, locale),
      region: r.country.ituRegion,
      status: r.status,
      tier,
      overall,
      pillars,
      flags,
      isDemo: r.isDemo,
      own: own.has(r.country.iso3),
    };
  });
}

/** Averages describe validated results only, for everyone, so that no draft leaks into them. */
export const validatedOnly = <T extends { status: string }>(items: readonly T[]) => items.filter((i) => i.status === "validated");
