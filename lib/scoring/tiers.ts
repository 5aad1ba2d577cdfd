// Tiers follow from the overall score as displayed (2 decimals): 94.996 shows as 95.00 and is Tier 1
// when Tier 1 starts at 95, so the tier never contradicts the number next to it.
import type { TTierRule } from "@/lib/questionnaire/model";
import type { TCompiledVersion } from "./compile";
import { toCents } from "./rounding";
import type { TTierResult } from "./types";

/** The tier whose `min` the score reaches, highest first; below every `min`, the lowest tier. */
export function tierFor(score: number, tiers: readonly TTierRule[]): TTierResult {
  if (tiers.length === 0) throw new Error("a questionnaire version needs at least one tier");
  const sorted = [...tiers].sort((a, b) => b.min - a.min);
  const cents = toCents(score);
  const tier = sorted.find((t) => cents >= toCents(t.min)) ?? sorted[sorted.length - 1]!;
  return { tier: tier.tier, label: tier.label, min: tier.min };
}

/** tierFor(score, version.tiers) with the sort and the thresholds' cents done once per version. */
export function compiledTierFor(compiled: TCompiledVersion, score: number): TTierResult {
  const sorted = compiled.tiersByMin;
  if (sorted.length === 0) throw new Error("a questionnaire version needs at least one tier");
  const cents = toCents(score);
  let tier = sorted[sorted.length - 1]!;
  for (let k = 0; k < sorted.length; k++) {
    if (cents >= compiled.tierMinCents[k]!) {
      tier = sorted[k]!;
      break;
    }
  }
  return { tier: tier.tier, label: tier.label, min: tier.min };
}
