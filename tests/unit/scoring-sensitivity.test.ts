import { describe, expect, it } from "vitest";
import { mulberry32 } from "@/lib/scoring/prng";
import { scoreAssessment } from "@/lib/scoring/score";
import { tierSensitivity } from "@/lib/scoring/sensitivity";
import { answersTemplate } from "@/lib/scoring/templates";
import { fixtureVersion, generateVersion, randomAnswers } from "@/tests/support/scoring-fixtures";

const version = generateVersion(7, { indicators: 20, questions: 85 });
const answers = randomAnswers(version, 11, 0.9);

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

describe("tierSensitivity", () => {
  it("is deterministic for a seed, and shares sum to 1 over every tier of the version", () => {
    const a = tierSensitivity(version, answers, { draws: 500, seed: 3 });
    expect(tierSensitivity(version, answers, { draws: 500, seed: 3 })).toEqual(a);
    expect(a.tiers.map((t) => t.tier)).toEqual([1, 2, 3, 4, 5]);
    expect(a.tiers.reduce((s, t) => s + t.count, 0)).toBe(500);
    expect(a.tiers.reduce((s, t) => s + t.share, 0)).toBeCloseTo(1, 12);
    expect(a).toMatchObject({ draws: 500, spread: 0.2, seed: 3 });
  });

  it("brackets the unperturbed score and changes with the seed", () => {
    const base = scoreAssessment(version, answers).overall.score;
    const a = tierSensitivity(version, answers, { seed: 1 });
    expect(a.min).toBeLessThanOrEqual(base);
    expect(a.max).toBeGreaterThanOrEqual(base);
    expect(a.min).toBeLessThan(a.max);
    expect(tierSensitivity(version, answers, { seed: 2 }).min).not.toBe(a.min);
  });

  it("with no spread every draw equals the score", () => {
    const base = scoreAssessment(version, answers);
    const s = tierSensitivity(version, answers, { spread: 0, draws: 10 });
    expect(s.min).toBeCloseTo(base.overall.score, 9);
    expect(s.max).toBeCloseTo(base.overall.score, 9);
    expect(s.tiers.find((t) => t.tier === base.tier.tier)!.share).toBe(1);
  });

  it("keeps best answers at 100 whatever the weights (each pillar still worth 20)", () => {
    const v = fixtureVersion();
    const s = tierSensitivity(v, answersTemplate(v, "best"), { draws: 200, spread: 0.5 });
    expect(s.min).toBeCloseTo(100, 9);
    expect(s.max).toBeCloseTo(100, 9);
    expect(s.tiers[0]!.share).toBe(1);
  });

  it("rejects nonsense options", () => {
    expect(() => tierSensitivity(version, answers, { draws: 0 })).toThrow(/draws/);
    expect(() => tierSensitivity(version, answers, { spread: 1 })).toThrow(/spread/);
  });
});
