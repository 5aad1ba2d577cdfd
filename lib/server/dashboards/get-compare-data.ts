import "server-only";
import type { TActor } from "../../authz/policy";
import { averageSeries } from "../../charts/averages";
import { radarRows } from "../../charts/radar-rows";
import type { TSeries } from "../../charts/types";
import { trendSeries } from "../../charts/trend";
import { ITU_REGIONS } from "../../countries/countries";
import { loadStoredVersion } from "../questionnaires/get-questionnaire-version";
import { countryName } from "../../countries/country-name";
import { db } from "../db";
import { referenceEditionOf } from "../../reference/reference-edition";
import { referencePillars } from "../../reference/reference-pillars";
import { dashboardCycles, loadAggregates, validatedOnly } from "./load-aggregates";

/** A row of the comparison: a country, its published GCI result (`published`), or an average (`count`). */
export type TCompareSeries = TSeries & {
  status: string | null;
  assessmentId?: string;
  published?: { edition: number; tier: number | null; rank: number | null };
};

export type TCompareFilter = {
  cycle?: string;
  countries?: string[];
  regions?: string[];
  global?: boolean;
  locale: string;
  regionLabel?: (id: string) => string;
  worldLabel?: string;
};

/**
 * Countries and region or global averages of one cycle, side by side, and each chosen country's trend
 * across cycles. A country the actor may not see in a cycle comes back with no scores.
 */
export async function getCompareData(actor: TActor, filter: TCompareFilter) {
  const { cycles, cycle } = await dashboardCycles(filter.cycle);
  const wanted = [...new Set((filter.countries ?? []).map((c) => c.toUpperCase()))].slice(0, 8);
  const regions = (filter.regions ?? []).filter((r): r is (typeof ITU_REGIONS)[number] => (ITU_REGIONS as readonly string[]).includes(r));
  const known = await db().country.findMany({
    select: { iso3: true, ituRegion: true, nameEn: true, nameFr: true, nameAr: true, nameZh: true, nameRu: true, nameEs: true },
    orderBy: { nameEn: "asc" },
  });
  const countries = known
    .map((c) => ({ iso3: c.iso3, region: c.ituRegion, name: countryName(c, filter.locale) }))
    .sort((a, b) => a.name.localeCompare(b.name, filter.locale));
  const nameOf = new Map(countries.map((c) => [c.iso3, c.name]));
  if (!cycle)
    return {
      cycles,
      cycle,
      countries,
      series: [] as TCompareSeries[],
      rows: radarRows([]),
      trends: [],
      maturity: null,
      isDemo: false,
    };

  const items = await loadAggregates(actor, [cycle.id], filter.locale);
  const validated = validatedOnly(items);
  const series: TCompareSeries[] = [];
  for (const iso3 of wanted) {
    if (!nameOf.has(iso3)) continue;
    const item = items.find((i) => i.iso3 === iso3);
    series.push({
      id: iso3,
      label: nameOf.get(iso3)!,
      overall: item?.overall ?? null,
      pillars: item?.pillars ?? null,
      status: item?.status ?? null,
      assessmentId: item?.assessmentId,
    });
  }
  // The published GCI of the edition the cycle's questionnaire follows, beside each chosen country (issue 16, item 5).
  const edition = referenceEditionOf(cycle.questionnaireKey);
  const published =
    edition === null || wanted.length === 0 ? [] : await db().referenceResult.findMany({ where: { edition, iso3: { in: wanted } }, orderBy: { iso3: "asc" } });
  for (const ref of published) {
    if (!nameOf.has(ref.iso3)) continue;
    const at = series.findIndex((s) => s.id === ref.iso3);
    series.splice(at + 1, 0, {
      id: `published:${ref.iso3}`,
      label: nameOf.get(ref.iso3)!,
      overall: ref.overall,
      pillars: referencePillars(ref),
      status: null,
      published: { edition: ref.edition, tier: ref.tier, rank: ref.rank },
    });
  }
  for (const r of regions) {
    series.push({
      ...averageSeries(
        `region:${r}`,
        filter.regionLabel?.(r) ?? r,
        validated.filter((i) => i.region === r),
      ),
      status: null,
    });
  }
  if (filter.global) series.push({ ...averageSeries("global", filter.worldLabel ?? "World", validated), status: null });

  const across =
    wanted.length > 0
      ? await loadAggregates(
          actor,
          cycles.map((c) => c.id),
          filter.locale,
          wanted,
        )
      : [];
  const trends = wanted
    .filter((iso3) => nameOf.has(iso3))
    .map((iso3) => ({
      iso3,
      name: nameOf.get(iso3)!,
      points: trendSeries(
        across
          .filter((a) => a.iso3 === iso3)
          .map((a) => {
            const c = cycles.find((k) => k.id === a.cycleId)!;
            return {
              cycle: c.name,
              opensAt: c.opensAt,
              questionnaireKey: c.questionnaireKey,
              status: a.status,
              overall: a.overall,
              pillars: a.pillars,
              assessmentId: a.assessmentId,
            };
          }),
      ),
    }));
  const version = await loadStoredVersion(cycle.questionnaireVersionId);
  const staged = series.filter((s) => s.assessmentId !== undefined);
  // Stages per indicator and country: the table beside the radar (indicators in file order).
  const maturity = version.indicators.some((i) => i.stages)
    ? {
        countries: staged.map((s) => ({ iso3: s.id, label: s.label })),
        indicators: version.indicators.map((i) => ({
          id: i.id,
          pillar: i.pillar,
          title: i.title,
          stages: staged.map((s) => items.find((it) => it.iso3 === s.id)?.maturity[i.id] ?? null),
        })),
      }
    : null;
  return {
    cycles,
    cycle,
    countries,
    series,
    rows: radarRows(series),
    trends,
    maturity,
    isDemo: items.some((i) => i.isDemo && (wanted.includes(i.iso3) || regions.includes(i.region as "europe") || filter.global)),
  };
}
