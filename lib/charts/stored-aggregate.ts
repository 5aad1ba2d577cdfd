// A stored score of record as the dashboards chart it: the headline score's pillars by pillar id.
import { headlineOf, type TStoredScore } from "../assessments/stored-score";
import { PILLAR_IDS, type TPillarScores } from "./types";

export function storedAggregate(stored: TStoredScore | null): { overall: number | null; tier: number | null; pillars: TPillarScores | null; flags: string[] } {
  if (!stored) return { overall: null, tier: null, pillars: null, flags: [] };
  const headline = headlineOf(stored);
  return {
    overall: headline.overall,
    tier: headline.tier,
    pillars: Object.fromEntries(PILLAR_IDS.map((p) => [p, headline.pillars[p]])) as TPillarScores,
    flags: headline.flags.map((f) => f.id),
  };
}
