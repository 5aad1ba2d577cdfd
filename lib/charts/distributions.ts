import { ASSESSMENT_STATUSES } from "../authz/assessment-rules";
import type { TAggregate } from "./types";

export const TIERS = [1, 2, 3, 4, 5] as const;

/** Countries per tier 1-5, plus those not scored yet. */
export function tierDistribution(items: readonly Pick<TAggregate, "tier">[]): { rows: { tier: number; count: number }[]; unscored: number } {
  const rows = TIERS.map((tier) => ({ tier, count: items.filter((i) => i.tier === tier).length }));
  return { rows, unscored: items.filter((i) => i.tier === null || !TIERS.includes(i.tier as 1)).length };
}

/** Assessments per workflow status, in workflow order; unknown statuses are counted last. */
export function statusCounts(items: readonly Pick<TAggregate, "status">[]): { status: string; count: number }[] {
  const known = ASSESSMENT_STATUSES.map((status) => ({ status, count: items.filter((i) => i.status === status).length }));
  const others = [...new Set(items.map((i) => i.status).filter((s) => !ASSESSMENT_STATUSES.includes(s as "draft")))].sort();
  return [...known, ...others.map((status) => ({ status, count: items.filter((i) => i.status === status).length }))];
}
