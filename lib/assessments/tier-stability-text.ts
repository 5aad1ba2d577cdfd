// The tier-stability sentences shown on the assessment page, the report and its PDF: one function so
// the three say the same thing. Translation and number formatting come from the caller's locale.
import type { TTierStability } from "@/lib/scoring";

type TTranslate = (key: "above" | "toNext" | "holds" | "varies", values: Record<string, string | number>) => string;

export function tierStabilitySentences(s: TTierStability, t: TTranslate, number: (n: number) => string): string[] {
  const range = { percent: Math.round(s.weightVariation * 100), min: number(s.overallRange.min), max: number(s.overallRange.max) };
  return [
    t("above", { points: number(s.pointsAboveTierMin), tier: s.tier, min: number(s.tierMin) }),
    ...(s.nextTier ? [t("toNext", { points: number(s.nextTier.pointsNeeded), tier: s.nextTier.tier, min: number(s.nextTier.min) })] : []),
    s.holds ? t("holds", range) : t("varies", { ...range, best: s.tierRange.best, worst: s.tierRange.worst }),
  ];
}
