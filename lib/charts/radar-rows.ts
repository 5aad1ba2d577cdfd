import { PILLAR_IDS, type TPillarId, type TSeries } from "./types";

export type TRadarRow = { pillar: TPillarId } & Record<string, number | string | null>;

/** One row per pillar, in the five-pillar order, with a column per series (null when unscored). */
export function radarRows(series: readonly TSeries[]): TRadarRow[] {
  return PILLAR_IDS.map((pillar) => {
    const row: TRadarRow = { pillar };
    for (const s of series) row[s.id] = s.pillars ? s.pillars[pillar] : null;
    return row;
  });
}
