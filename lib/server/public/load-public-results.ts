import "server-only";
import { VALIDATED_STATUSES } from "../../authz/assessment-rules";
import { parseStoredScore } from "../../assessments/stored-score";
import { publicationOf } from "../../assessments/publication";
import { storedAggregate } from "../../charts/stored-aggregate";
import { PILLAR_IDS, type TPillarScores } from "../../charts/types";
import type { TPeerScore } from "../../reports/report-data";
import { countryMapSelect } from "../country-select";
import { db } from "../db";
import { cachedByStamp, publicStamp } from "./public-cache";
import { publishedCycle, type TPublishedCycle } from "./published-cycles";

type TPublicCountryRow = {
  iso3: string;
  m49Code: string;
  ituRegion: string;
  nameEn: string;
  nameFr: string;
  nameAr: string;
  nameZh: string;
  nameRu: string;
  nameEs: string;
};

/** One published result: the validated score of record, never answers, comments or people. */
export type TPublicEntry = {
  country: TPublicCountryRow;
  origin: string;
  /** validated | validated-unconfirmed: whether the country confirmed desk research. */
  status: string;
  basis: "consent" | "deadline-passed";
  demo: boolean;
  overall: number;
  tier: number;
  pillars: TPillarScores;
};

export type TPublicResults = {
  cycle: TPublishedCycle;
  cycles: TPublishedCycle[];
  entries: TPublicEntry[];
  /** The stamp the entries were read under: a country profile of the cycle is cached under it too. */
  stamp: string;
};

/** The public rows of a cycle, by the publication rule (lib/assessments/publication.ts). */
async function readEntries(cycle: TPublishedCycle, now: Date): Promise<TPublicEntry[]> {
  const rows = await db().assessment.findMany({
    where: { cycleId: cycle.id, status: { in: [...VALIDATED_STATUSES] } },
    select: { status: true, origin: true, publicConsentAt: true, isDemo: true, scoreJson: true, country: { select: countryMapSelect } },
    orderBy: { countryIso3: "asc" },
  });
  return rows.flatMap((r) => {
    const check = publicationOf(cycle, r, now);
    const score = storedAggregate(parseStoredScore(r.scoreJson));
    if (!check.public || score.overall === null || score.tier === null || !score.pillars) return [];
    return [
      {
        country: r.country,
        origin: r.origin,
        status: r.status,
        basis: check.basis,
        demo: r.isDemo,
        overall: score.overall,
        tier: score.tier,
        pillars: score.pillars,
      },
    ];
  });
}

/** A published cycle's public results (the newest published cycle when none is named). */
export async function loadPublicResults(cycleId?: string): Promise<TPublicResults> {
  const { cycle, cycles } = await publishedCycle(cycleId);
  return publicResultsOf(cycle, cycles, new Date());
}

/** The public results of a published cycle already in hand, under its stamp (one stamp query). */
export async function publicResultsOf(cycle: TPublishedCycle, cycles: TPublishedCycle[], now: Date): Promise<TPublicResults> {
  const stamp = await publicStamp(cycle, now);
  const entries = await cachedByStamp(`results:${cycle.id}`, stamp, () => readEntries(cycle, now));
  return { cycle, cycles, entries, stamp };
}

/** A public entry as a peer of the country report's averages (pillars by key). */
export const publicPeer = (e: TPublicEntry): TPeerScore => ({
  iso3: e.country.iso3,
  region: e.country.ituRegion,
  overall: e.overall,
  pillars: Object.fromEntries(PILLAR_IDS.map((id) => [id, e.pillars[id]])),
});
