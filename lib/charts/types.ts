// What the dashboards chart: one assessment's aggregates (never its answers).
import { PILLAR_IDS, type TPillarId } from "../questionnaire/constants";

export { PILLAR_IDS };
export type { TPillarId };

export type TPillarScores = Record<TPillarId, number>;

export type TAggregate = {
  iso3: string;
  name: string;
  region: string;
  status: string;
  tier: number | null;
  overall: number | null;
  /** Null while nothing has been scored. */
  pillars: TPillarScores | null;
  flags: string[];
  isDemo: boolean;
};

/** A named set of pillar scores: a country, a region average or the global average. */
export type TSeries = { id: string; label: string; overall: number | null; pillars: TPillarScores | null; count?: number };

export const round1 = (n: number) => Math.round(n * 10) / 10;
