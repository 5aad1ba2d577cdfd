// Invariants over random answers, on the fixture and on randomly generated versions (random weights).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { TAnswers, TAnswerValue, TNormalizedQuestionnaire } from "@/lib/questionnaire/model";
import { credit } from "@/lib/scoring/credit";
import { mulberry32 } from "@/lib/scoring/prng";
import { scoreAssessment } from "@/lib/scoring/score";
import { answersTemplate } from "@/lib/scoring/templates";
import { scoreTotals } from "@/lib/scoring/totals";
import type { TScoreResult } from "@/lib/scoring/types";
import { explanationMismatches, fixtureVersion, generateVersion, randomAnswers, randomValue, shuffle } from "@/tests/support/scoring-fixtures";

const EPS = 1e-9;
const fixture = fixtureVersion();
const versions = new Map<number, TNormalizedQuestionnaire>();
const versionFor = (seed: number) => {
  if (seed === 0) return fixture;
  let v = versions.get(seed);
  if (!v) versions.set(seed, (v = generateVersion(seed)));
  return v;
};
// Seed 0 is the hand-written fixture; others generate a version with random weights.
const versionSeed = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 2 ** 31 - 1 }));
const answerSeed = fc.integer({ min: 0, max: 2 ** 31 - 1 });
const share = fc.double({ min: 0, max: 1, noNaN: true });
const RUNS = { numRuns: 300 };

function everyScore(r: TScoreResult): number[] {
  return [r.overall.score, ...Object.values(r.pillars).map((p) => p.score), ...r.indicators.map((i) => i.score), ...r.questions.map((q) => q.points)];
}

describe("score invariants", () => {
  it("pillars stay in [0, 20], overall in [0, 100] and equals the sum of the pillars", () => {
    fc.assert(
      fc.property(versionSeed, answerSeed, share, (vs, as, answered) => {
        const r = scoreAssessment(versionFor(vs), randomAnswers(versionFor(vs), as, answered));
        const pillars = Object.values(r.pillars);
        for (const p of pillars) {
          expect(p.score).toBeGreaterThanOrEqual(0);
          expect(p.score).toBeLessThanOrEqual(20 + EPS);
        }
        expect(r.overall.score).toBeGreaterThanOrEqual(0);
        expect(r.overall.score).toBeLessThanOrEqual(100 + EPS);
        expect(Math.abs(r.overall.score - pillars.reduce((s, p) => s + p.score, 0))).toBeLessThan(EPS);
        expect(Math.round(r.overall.display * 100)).toBe(pillars.reduce((s, p) => s + Math.round(p.display * 100), 0));
        expect(r.completion.ratio).toBeGreaterThanOrEqual(0);
        expect(r.completion.ratio).toBeLessThanOrEqual(1);
      }),
      RUNS,
    );
  });

  it("contributions add up exactly to indicator, pillar and overall at 2 decimals", () => {
    fc.assert(
      fc.property(versionSeed, answerSeed, share, (vs, as, answered) => {
        expect(explanationMismatches(scoreAssessment(versionFor(vs), randomAnswers(versionFor(vs), as, answered)))).toEqual([]);
      }),
      RUNS,
    );
  });

  it("best answers everywhere give 100 and Tier 1; worst give 0 and Tier 5", () => {
    fc.assert(
      fc.property(versionSeed, (vs) => {
        const best = scoreAssessment(versionFor(vs), answersTemplate(versionFor(vs), "best"));
        expect(best.overall.display).toBe(100);
        expect(best.tier.tier).toBe(1);
        expect(best.nextSteps.overall).toEqual([]);
        expect(best.completion.ratio).toBe(1);
        const worst = scoreAssessment(versionFor(vs), answersTemplate(versionFor(vs), "worst"));
        expect(worst.overall.score).toBe(0);
        expect(worst.tier.tier).toBe(5);
      }),
      { numRuns: 100 },
    );
  });

  it("improving any single answer never lowers any score (question, indicator, pillar, overall)", () => {
    fc.assert(
      fc.property(versionSeed, answerSeed, fc.nat(), fc.integer(), fc.integer(), (vs, as, pick, s1, s2) => {
        const version = versionFor(vs);
        const answers = randomAnswers(version, as, 0.7);
        const q = version.questions[pick % version.questions.length]!;
        // Two candidate answers, null (unanswered) included; order them by credit, unanswered lowest.
        const draw = (seed: number): TAnswerValue => (seed % 5 === 0 ? null : randomValue(mulberry32(seed), q));
        const rank = (v: TAnswerValue) => credit(q, v) ?? -1;
        let [low, high] = [draw(s1), draw(s2)];
        if (rank(low) > rank(high)) [low, high] = [high, low];
        if (rank(low) === rank(high)) return; // equal credit: not an improvement
        const before = everyScore(scoreAssessment(version, { ...answers, [q.id]: low }));
        const after = everyScore(scoreAssessment(version, { ...answers, [q.id]: high }));
        after.forEach((x, k) => expect(x).toBeGreaterThanOrEqual(before[k]! - EPS));
      }),
      { numRuns: 500 },
    );
  });

  it("a next step's gain is exactly what the question alone adds at its best answer", () => {
    fc.assert(
      fc.property(versionSeed, answerSeed, fc.nat(), (vs, as, pick) => {
        const version = versionFor(vs);
        const answers = randomAnswers(version, as, 0.7);
        const r = scoreAssessment(version, answers);
        if (r.nextSteps.overall.length === 0) return;
        const step = r.nextSteps.overall[pick % r.nextSteps.overall.length]!;
        // bestAnswer is frozen (shared between results): answers hold their own copy of a list.
        const best = typeof step.bestAnswer === "object" ? [...step.bestAnswer] : step.bestAnswer;
        const improved = scoreAssessment(version, { ...answers, [step.question]: best });
        const own = (x: TScoreResult) => x.questions.find((q) => q.id === step.question)!.points;
        expect(own(improved) - own(r)).toBeCloseTo(step.gain, 9);
        // Opened sub-questions may hold stale answers that start counting: never less than the gain.
        expect(improved.overall.score - r.overall.score).toBeGreaterThanOrEqual(step.gain - EPS);
        // Ranked by gain.
        const gains = r.nextSteps.overall.map((s) => s.gain);
        gains.slice(1).forEach((g, k) => expect(g).toBeLessThanOrEqual(gains[k]! + EPS));
      }),
      RUNS,
    );
  });

  it("scoreTotals gives the same overall, pillars, tier and completion as scoreAssessment", () => {
    fc.assert(
      fc.property(versionSeed, answerSeed, share, (vs, as, answered) => {
        const answers = randomAnswers(versionFor(vs), as, answered);
        const { overall, pillars, tier, completion, questionnaire, questionnaireHash, rulesVersion } = scoreAssessment(versionFor(vs), answers);
        expect(scoreTotals(versionFor(vs), answers)).toEqual({ overall, pillars, tier, completion, questionnaire, questionnaireHash, rulesVersion });
      }),
      { numRuns: 100 },
    );
  });

  it("the result does not depend on the order of the answers", () => {
    fc.assert(
      fc.property(versionSeed, answerSeed, answerSeed, (vs, as, order) => {
        const answers = randomAnswers(versionFor(vs), as);
        const shuffled: TAnswers = Object.fromEntries(shuffle(Object.entries(answers), mulberry32(order)));
        expect(JSON.stringify(scoreAssessment(versionFor(vs), shuffled))).toBe(JSON.stringify(scoreAssessment(versionFor(vs), answers)));
      }),
      { numRuns: 100 },
    );
  });
});
