// A published ranking whose scores do not follow it. GCI 2020's ranking table printed five adjacent
// pairs of countries with each other's scores, so its ranks and its country-profile scores disagree
// there. The import says so instead of silently keeping one and not the other. Pure.
import type { TReferenceRow } from "./parse-gci-csv";

export type TRankedCountry = { iso3: string; country: string; rank: number; overall: number };
/** `above` is ranked better than `below` but has the lower overall score. */
export type TRankInversion = { above: TRankedCountry; below: TRankedCountry };

/**
 * Neighbours in rank order where the better-ranked country has the lower score. Any disorder in a
 * ranking shows up between some pair of neighbours, so this finds every place to check.
 */
export function rankInversions(rows: readonly TReferenceRow[]): TRankInversion[] {
  const ranked = rows
    .filter((r): r is TReferenceRow & { rank: number } => r.rank !== null)
    .map((r) => ({ iso3: r.iso3, country: r.country, rank: r.rank, overall: r.overall }))
    .sort((a, b) => a.rank - b.rank || a.iso3.localeCompare(b.iso3));
  const out: TRankInversion[] = [];
  for (let i = 1; i < ranked.length; i++) {
    const above = ranked[i - 1]!;
    const below = ranked[i]!;
    if (above.rank < below.rank && above.overall < below.overall) out.push({ above, below });
  }
  return out;
}
