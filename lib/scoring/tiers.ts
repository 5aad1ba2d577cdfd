// The one tier rule. Tiers follow from the overall score as displayed (2 decimals): 94.996 shows
// as 95.00 and is Tier 1 when Tier 1 starts at 95, so the tier never contradicts the number next
// to it. Reproduces ITU's published GCI 2024 tier for all 192 countries that have one.
import type { TTierRule } from "@/lib/questionnaire/model";
import { toCents } from "./rounding";
import type { TTierResult } from "./types";

/** The tier whose `min` the score reaches, highest `min` first; below every `min`, the lowest tier. */
export function tierFor(score: number, tiers: readonly TTierRule[]): TTierResult {
  if (tiers.length === 0) throw new Error("a questionnaire version needs at least one tier");
  const sorted = [...tiers].sort((a, b) => b.min - a.min);
  const cents = toCents(score);
  const tier = sorted.find((t) => cents >= toCents(t.min)) ?? sorted[sorted.length - 1]!;
  return { tier: tier.tier, label: tier.label, min: tier.min };
}
