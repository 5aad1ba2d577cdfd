// How stable is a tier? How far the overall score is from the tier boundaries, and whether the
// tier survives a +-10% change of the pillar weights, so a reviewer can say whether a tier rests on
// the weighting or on the answers.
//
// The weight rule, exactly: every pillar's weight (its points, 20 each in GCI editions) is
// multiplied by 0.9 or by 1.1, in each of the 2^5 = 32 combinations; the weights are then rescaled
// so that they add up to the version's maximum again (100), and each pillar contributes its
// fraction earned times its rescaled weight. Question and indicator weights, credits and answers do
// not change. The tier holds when every combination lands in the current tier (by tierFor, on the
// 2 decimals shown). Distances are in displayed points (2 decimals), as the tier rule reads them.
import type { TAnswers, TNormalizedQuestionnaire } from "@/lib/questionnaire/model";
import { readAnswerState } from "./applicability";
import { pointsOf } from "./points";
import { round2, toCents } from "./rounding";
import { tierFor } from "./tiers";
import { indexVersion } from "./version-index";

export const WEIGHT_VARIATION = 0.1;

export type TTierStability = {
  /** The overall score as displayed (2 decimals). */
  overall: number;
  tier: number;
  /** The current tier's `min`. */
  tierMin: number;
  /** The tier just above and the displayed points still missing to reach it; null in the top tier. */
  nextTier: { tier: number; min: number; pointsNeeded: number } | null;
  /** Displayed points above the current tier's `min` (0: on the boundary; any loss drops a tier). */
  pointsAboveTierMin: number;
  /** Distance in points to the nearest tier boundary, up or down; null when the version has one tier. */
  nearestBoundary: number | null;
  weightVariation: typeof WEIGHT_VARIATION;
  /** The tier is unchanged for every combination of pillar weights varied by +-10% (rule above). */
  holds: boolean;
  /** Best and worst tier over those combinations (best: the tier with the highest `min`). */
  tierRange: { best: number; worst: number };
  /** Lowest and highest overall score over those combinations, at 2 decimals. */
  overallRange: { min: number; max: number };
};

export function tierStability(version: TNormalizedQuestionnaire, answers: Readonly<TAnswers>): TTierStability {
  const indexed = indexVersion(version);
  const points = pointsOf(indexed, readAnswerState(indexed, answers));
  const current = tierFor(points.overall, version.tiers);
  const cents = toCents(points.overall);

  // Tiers highest `min` first (as tierFor ranks them): the one before is above, the one after below.
  const ranked = [...version.tiers].sort((a, b) => b.min - a.min);
  const rank = (tier: number) => ranked.findIndex((t) => t.tier === tier);
  const above = ranked[rank(current.tier) - 1];
  const hasBelow = rank(current.tier) < ranked.length - 1;
  const up = above ? (toCents(above.min) - cents) / 100 : null;
  const down = (cents - toCents(current.min)) / 100;
  const distances = [up, hasBelow ? down : null].filter((d): d is number => d !== null);

  const scores = [points.overall, ...weightCombinations(indexed.pillars.length).map((factors) => reweighted(factors))];
  function reweighted(factors: number[]): number {
    const weights = indexed.pillars.map((p, k) => p.points * factors[k]!);
    const total = weights.reduce((s, w) => s + w, 0);
    if (!(total > 0)) return 0;
    return indexed.pillars.reduce((s, p, k) => s + (p.points > 0 ? points.pillars[k]! / p.points : 0) * weights[k]!, 0) * (indexed.maxPoints / total);
  }
  const tiers = scores.map((s) => tierFor(s, version.tiers).tier);
  const byRank = [...new Set(tiers)].sort((a, b) => rank(a) - rank(b));

  return {
    overall: cents / 100,
    tier: current.tier,
    tierMin: current.min,
    nextTier: above && up !== null ? { tier: above.tier, min: above.min, pointsNeeded: up } : null,
    pointsAboveTierMin: down,
    nearestBoundary: distances.length > 0 ? Math.min(...distances) : null,
    weightVariation: WEIGHT_VARIATION,
    holds: tiers.every((t) => t === current.tier),
    tierRange: { best: byRank[0]!, worst: byRank[byRank.length - 1]! },
    overallRange: { min: round2(Math.min(...scores)), max: round2(Math.max(...scores)) },
  };
}

/** Every way to multiply each of `n` weights by 1 - or 1 + WEIGHT_VARIATION (2^n lists). */
function weightCombinations(n: number): number[][] {
  return Array.from({ length: 2 ** n }, (_, mask) => Array.from({ length: n }, (_, k) => ((mask >> k) & 1 ? 1 + WEIGHT_VARIATION : 1 - WEIGHT_VARIATION)));
}
