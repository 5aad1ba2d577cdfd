import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { tierStabilitySentences } from "@/lib/assessments/tier-stability-text";
import { loadMessages } from "@/lib/i18n/load-messages";
import type { TTierStability } from "@/lib/scoring";

const base: TTierStability = {
  overall: 56.2,
  tier: 3,
  tierMin: 55,
  nextTier: { tier: 2, min: 85, pointsNeeded: 28.8 },
  pointsAboveTierMin: 1.2,
  nearestBoundary: 1.2,
  weightVariation: 0.1,
  holds: false,
  tierRange: { best: 3, worst: 4 },
  overallRange: { min: 53.9, max: 58.4 },
};

async function sentences(locale: "en" | "fr" | "ar" | "zh" | "ru" | "es", s: TTierStability) {
  const t = createTranslator({ locale, messages: await loadMessages(locale), namespace: "assessment.stability" }) as unknown as (
    k: string,
    v: Record<string, string | number>,
  ) => string;
  const number = (n: number) => new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2, numberingSystem: "latn" }).format(n);
  return tierStabilitySentences(s, (k, v) => t(k, v), number);
}

describe("tier stability in words", () => {
  it.each([
    [
      "near a boundary, the tier does not hold",
      base,
      [
        "1.20 points above the threshold of Tier 3 (55.00).",
        "28.80 points short of Tier 2 (85.00).",
        "The tier does not hold when the pillar weights vary by ±10%: it ranges from Tier 3 to Tier 4 (overall score between 53.90 and 58.40).",
      ],
    ],
    [
      "in the top tier, far from its boundary",
      {
        ...base,
        overall: 99,
        tier: 1,
        tierMin: 95,
        nextTier: null,
        pointsAboveTierMin: 4,
        holds: true,
        tierRange: { best: 1, worst: 1 },
        overallRange: { min: 98.5, max: 99.4 },
      },
      ["4.00 points above the threshold of Tier 1 (95.00).", "The tier holds when the pillar weights vary by ±10% (overall score between 98.50 and 99.40)."],
    ],
  ] as const)("%s", async (_, s, expected) => {
    expect(await sentences("en", s as TTierStability)).toEqual(expected);
  });

  it.each(["fr", "es", "ru", "ar", "zh"] as const)("is written in %s with that language's numbers, no English left", async (locale) => {
    const text = (await sentences(locale, base)).join(" ");
    expect(text).not.toMatch(/Tier|threshold|weights|short of|holds/);
    expect(text).toContain(locale === "fr" || locale === "es" || locale === "ru" ? "1,20" : "1.20");
  });
});
