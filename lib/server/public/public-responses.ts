import "server-only";
// What the open API answers (GET /api/v1/public/...), as zod: the OpenAPI document is generated from
// these, and the builders below are the only way a public body is made. They take the public loaders'
// data, which holds no answers, comments, files or people, and pick fields by name.
import { z } from "zod";
import { ASSESSMENT_ORIGINS } from "../../assessments/publication";
import { tierDistribution } from "../../charts/distributions";
import { PILLAR_IDS, type TPillarId } from "../../questionnaire/constants";
import { countryName } from "../../countries/country-name";
import { ITU_REGIONS } from "../../countries/countries";
import { localized } from "../../i18n/localized";
import { peerAverages, type TRankedArea } from "../../reports/report-data";
import type { TPublicCountry } from "./load-public-country";
import { publicPeer, type TPublicEntry, type TPublicResults } from "./load-public-results";

const ZPillarScores = z.object(Object.fromEntries(PILLAR_IDS.map((k) => [k, z.number().describe("0-20")])) as Record<TPillarId, z.ZodNumber>);
const ZNullablePillars = ZPillarScores.nullable();

export const ZPublicCycle = z.object({
  id: z.string(),
  name: z.string(),
  publishedAt: z.iso.datetime(),
  questionnaire: z.string().describe("<id>@<version> of the cycle's questionnaire edition"),
});

const ZAverage = z.object({ count: z.number().int(), overall: z.number().nullable(), pillars: ZNullablePillars });

export const ZPublicScores = z.object({
  cycle: ZPublicCycle,
  cycles: z.array(ZPublicCycle.pick({ id: true, name: true })).describe("Every published cycle, newest first"),
  countries: z.array(
    z.object({
      iso3: z.string(),
      name: z.string().describe("In the requested language"),
      region: z.enum(ITU_REGIONS),
      origin: z.enum(ASSESSMENT_ORIGINS).describe("country: a self-assessment; desk-research: drafted by ITU from public sources"),
      basis: z.enum(["consent", "deadline-passed"]).describe("Why it is public: the country agreed, or desk research went unconfirmed past the deadline"),
      demo: z.boolean(),
      overall: z.number().describe("0-100"),
      tier: z.number().int().min(1).max(5),
      pillars: ZPillarScores,
    }),
  ),
  world: ZAverage,
  regions: z.array(ZAverage.extend({ region: z.enum(ITU_REGIONS) })),
  tiers: z.array(z.object({ tier: z.number().int(), count: z.number().int() })),
});

const ZArea = z.object({ indicator: z.string(), title: z.string(), pillar: z.enum(PILLAR_IDS), score: z.number(), maxPoints: z.number() });

export const ZPublicCountry = z.object({
  cycle: ZPublicCycle,
  cycles: z.array(ZPublicCycle.pick({ id: true, name: true })).describe("The published cycles in which this country's result is public"),
  country: z.object({ iso3: z.string(), name: z.string(), region: z.enum(ITU_REGIONS) }),
  origin: z.enum(ASSESSMENT_ORIGINS),
  basis: z.enum(["consent", "deadline-passed"]),
  demo: z.boolean(),
  overall: z.number(),
  tier: z.number().int(),
  tierLabel: z.string(),
  pillars: ZPillarScores,
  region: ZAverage.describe("Average of the region's public results in this cycle"),
  world: ZAverage.describe("Average of every public result in this cycle"),
  strengths: z.array(ZArea),
  growthAreas: z.array(ZArea),
  gaps: z.array(z.object({ id: z.string(), severity: z.enum(["critical", "high", "medium"]), message: z.string(), action: z.string(), reference: z.string() })),
  evidence: z.array(z.object({ questionId: z.string(), pillar: z.enum(PILLAR_IDS), url: z.string(), title: z.string().nullable() })),
});

const cycleJson = (c: TPublicResults["cycle"]) => ({ id: c.id, name: c.name, publishedAt: c.publishedAt.toISOString(), questionnaire: c.questionnaire });

/**
 * Region and world averages and the tier counts of public entries. The averages are the country
 * report's own (peerAverages), over the same public peers, so the list, the country page and both
 * API answers show one number for each.
 */
export function publicSummary(entries: readonly TPublicEntry[]) {
  const peers = entries.map(publicPeer);
  const average = (a: ReturnType<typeof peerAverages>) => ({
    count: a.count,
    overall: a.overall,
    pillars: a.count === 0 ? null : (a.pillars as Record<TPillarId, number>),
  });
  return {
    world: average(peerAverages(peers)),
    regions: ITU_REGIONS.map((region) => ({ region, ...average(peerAverages(peers.filter((p) => p.region === region))) })),
    tiers: tierDistribution(entries).rows,
  };
}

export function publicScoresJson(results: TPublicResults, locale: string): z.input<typeof ZPublicScores> {
  return {
    cycle: cycleJson(results.cycle),
    cycles: results.cycles.map((c) => ({ id: c.id, name: c.name })),
    countries: results.entries.map((e) => ({
      iso3: e.country.iso3,
      name: countryName(e.country, locale),
      region: e.country.ituRegion as (typeof ITU_REGIONS)[number],
      origin: e.origin as "country",
      basis: e.basis,
      demo: e.demo,
      overall: e.overall,
      tier: e.tier,
      pillars: e.pillars,
    })),
    ...publicSummary(results.entries),
  };
}

export function publicCountryJson(p: TPublicCountry, locale: string): z.input<typeof ZPublicCountry> {
  const region = p.entry.country.ituRegion as (typeof ITU_REGIONS)[number];
  const area = (a: TRankedArea) => ({
    indicator: a.id,
    title: localized(p.version.indicatorById[a.id]?.title, locale),
    pillar: a.pillar,
    score: a.score,
    maxPoints: a.maxPoints,
  });
  const radarAverage = (count: number, overall: number | null, pick: (r: TPublicCountry["data"]["radar"][number]) => number | null) => ({
    count,
    overall,
    pillars: count === 0 ? null : (Object.fromEntries(p.data.radar.map((r) => [r.pillar, pick(r) ?? 0])) as Record<TPillarId, number>),
  });
  return {
    cycle: cycleJson(p.cycle),
    cycles: p.cycles,
    country: { iso3: p.entry.country.iso3, name: countryName(p.entry.country, locale), region },
    origin: p.entry.origin as "country",
    basis: p.entry.basis,
    demo: p.entry.demo,
    overall: p.data.overall,
    tier: p.data.tier,
    tierLabel: localized(p.tierLabel as never, locale),
    pillars: Object.fromEntries(p.data.pillars.map((x) => [x.pillar, x.score])) as Record<TPillarId, number>,
    region: radarAverage(p.data.averages.regionCount, p.data.averages.regionOverall, (r) => r.region),
    world: radarAverage(p.data.averages.worldCount, p.data.averages.worldOverall, (r) => r.world),
    strengths: p.data.strengths.map(area),
    growthAreas: p.data.growthAreas.map(area),
    gaps: p.data.flags.map((f) => ({
      id: f.id,
      severity: f.severity,
      message: localized(f.message, locale),
      action: localized(f.action, locale),
      reference: f.reference,
    })),
    evidence: p.links.map((l) => ({ questionId: l.questionId, pillar: p.version.questionById[l.questionId]!.pillar, url: l.url, title: l.title })),
  };
}
