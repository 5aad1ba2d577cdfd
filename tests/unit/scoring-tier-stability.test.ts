import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PILLAR_IDS } from "@/lib/questionnaire/format-schema";
import type { TNormalizedQuestionnaire } from "@/lib/questionnaire/model";
import { mulberry32 } from "@/lib/scoring/prng";
import { tierStability } from "@/lib/scoring/tier-stability";
import { scoreTotals } from "@/lib/scoring/totals";
import { fixtureVersion, GCI_2024_TIERS, generateVersion, randomAnswers, t, versionFrom } from "@/tests/support/scoring-fixtures";

/** One single-choice question per pillar, worth the whole pillar, with credits 0, 0.01 ... 1 ("c0" ... "c100"). */
const pillarVersion = versionFrom({
  id: "stability",
  version: "1",
  status: "draft",
  title: t("Stability"),
  disclaimer: t("Test"),
  tiers: GCI_2024_TIERS,
  pillars: PILLAR_IDS.map((id) => ({
    id,
    title: t(id),
    indicators: [
      {
        id: `${id}-indicator`,
        title: t(id),
        questions: [
          {
            id: `${id}-q`,
            type: "single-choice" as const,
            text: t(id),
            options: Array.from({ length: 101 }, (_, c) => ({ id: `c${c}`, label: t(`${c}%`), credit: c / 100 })),
          },
        ],
      },
    ],
  })),
});

/** Answers earning these fractions (in %) of the five pillars, in file order. */
const answersFor = (percents: number[]) => Object.fromEntries(PILLAR_IDS.map((id, k) => [`${id}-q`, `c${percents[k]}`]));

describe("tierStability", () => {
  it.each([
    {
      name: "even pillars, mid tier: weights cannot move an even profile",
      percents: [50, 50, 50, 50, 50],
      expected: {
        overall: 50,
        tier: 4,
        tierMin: 20,
        nextTier: { tier: 3, min: 55, pointsNeeded: 5 },
        pointsAboveTierMin: 30,
        nearestBoundary: 5,
        holds: true,
        tierRange: { best: 4, worst: 4 },
        overallRange: { min: 50, max: 50 },
      },
    },
    {
      name: "uneven and on the boundary: more weight on the weak pillars drops a tier",
      percents: [100, 100, 40, 20, 15],
      expected: {
        overall: 55,
        tier: 3,
        tierMin: 55,
        nextTier: { tier: 2, min: 85, pointsNeeded: 30 },
        pointsAboveTierMin: 0,
        nearestBoundary: 0,
        holds: false,
        tierRange: { best: 3, worst: 4 },
        overallRange: { min: 51.47, max: 58.67 },
      },
    },
    {
      name: "uneven but far from any boundary: the tier holds",
      percents: [90, 50, 70, 60, 65],
      expected: {
        overall: 67,
        tier: 3,
        tierMin: 55,
        nextTier: { tier: 2, min: 85, pointsNeeded: 18 },
        pointsAboveTierMin: 12,
        nearestBoundary: 12,
        holds: true,
        tierRange: { best: 3, worst: 3 },
      },
    },
    {
      name: "just below a boundary: less weight on the weak pillar lifts it a tier",
      percents: [100, 100, 100, 100, 71],
      expected: {
        overall: 94.2,
        tier: 2,
        nextTier: { tier: 1, min: 95, pointsNeeded: 0.8 },
        pointsAboveTierMin: 9.2,
        nearestBoundary: 0.8,
        holds: false,
        tierRange: { best: 1, worst: 2 },
      },
    },
    {
      name: "top tier: no tier above, the boundary below is the nearest",
      percents: [100, 100, 100, 100, 100],
      expected: {
        overall: 100,
        tier: 1,
        tierMin: 95,
        nextTier: null,
        pointsAboveTierMin: 5,
        nearestBoundary: 5,
        holds: true,
        tierRange: { best: 1, worst: 1 },
      },
    },
    {
      name: "lowest tier: no boundary below, the tier above is the nearest",
      percents: [0, 0, 0, 0, 0],
      expected: {
        overall: 0,
        tier: 5,
        tierMin: 0,
        nextTier: { tier: 4, min: 20, pointsNeeded: 20 },
        pointsAboveTierMin: 0,
        nearestBoundary: 20,
        holds: true,
        tierRange: { best: 5, worst: 5 },
      },
    },
  ])("$name", ({ percents, expected }) => {
    const s = tierStability(pillarVersion, answersFor(percents));
    expect(s).toMatchObject({ ...expected, weightVariation: 0.1 });
  });

  it("agrees with scoreTotals on the overall score and the tier", () => {
    const v = fixtureVersion();
    for (let seed = 1; seed <= 50; seed++) {
      const answers = randomAnswers(v, seed, 0.8);
      const totals = scoreTotals(v, answers);
      expect(tierStability(v, answers)).toMatchObject({ overall: totals.overall.display, tier: totals.tier.tier, tierMin: totals.tier.min });
    }
  });

  it("holds exactly when the best and worst tier over the weight combinations are the current tier", () => {
    const versions = new Map<number, TNormalizedQuestionnaire>([[0, fixtureVersion()]]);
    const versionFor = (seed: number) => versions.get(seed) ?? versions.set(seed, generateVersion(seed)).get(seed)!;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.double({ min: 0, max: 1, noNaN: true }), (vs, as, share) => {
        const s = tierStability(versionFor(vs), randomAnswers(versionFor(vs), as, share));
        expect(s.holds).toBe(s.tierRange.best === s.tier && s.tierRange.worst === s.tier);
        // The unvaried score is one of the combinations' range, and distances are never negative.
        expect(s.overallRange.min).toBeLessThanOrEqual(s.overall);
        expect(s.overallRange.max).toBeGreaterThanOrEqual(s.overall);
        expect(s.tierRange.best).toBeLessThanOrEqual(s.tier);
        expect(s.tierRange.worst).toBeGreaterThanOrEqual(s.tier);
        expect(s.pointsAboveTierMin).toBeGreaterThanOrEqual(0);
        if (s.nextTier) expect(s.nextTier.pointsNeeded).toBeGreaterThan(0);
        expect(s.nearestBoundary).toBe(Math.min(...[s.nextTier?.pointsNeeded, s.tier === 5 ? undefined : s.pointsAboveTierMin].filter((d) => d !== undefined)));
      }),
      { numRuns: 300 },
    );
  });

  it("says nothing of a boundary when the version has a single tier", () => {
    const one = { ...pillarVersion, tiers: [GCI_2024_TIERS[4]!] };
    expect(tierStability(one, answersFor([50, 60, 70, 80, 90]))).toMatchObject({ tier: 5, nextTier: null, nearestBoundary: null, holds: true });
  });
});

describe("mulberry32", () => {
  it("is deterministic per seed and stays in [0, 1)", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(mulberry32(43)()).not.toBe(xs[0]);
  });
});
