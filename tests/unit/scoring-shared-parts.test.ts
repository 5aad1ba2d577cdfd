// Parts of a score are shared between results (lib/scoring/shared-parts.ts, gap flags): they are
// frozen, no mutable object or array is ever in two results, and a result does not depend on
// whether its parts were built for it or came from the cache.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { TNormalizedQuestionnaire } from "@/lib/questionnaire/model";
import { scoreAssessment } from "@/lib/scoring/score";
import type { TScoreResult } from "@/lib/scoring/types";
import { fixtureVersion, generateVersion, randomAnswers } from "@/tests/support/scoring-fixtures";

/** Every object and array reachable from `root`. */
function reachable(root: unknown, into = new Set<object>()): Set<object> {
  if (typeof root !== "object" || root === null || into.has(root)) return into;
  into.add(root);
  for (const value of Object.values(root)) reachable(value, into);
  return into;
}

/** The first result over random answers (fixture first, then generated versions) that `fits`. */
function find(fits: (r: TScoreResult) => boolean): TScoreResult {
  for (const version of [fixtureVersion(), generateVersion(11), generateVersion(12)]) {
    for (let seed = 1; seed < 300; seed++) {
      const r = scoreAssessment(version, randomAnswers(version, seed, 0.6));
      if (fits(r)) return r;
    }
  }
  throw new Error("no such result");
}

describe("shared result parts", () => {
  it("question scores, explanation nodes, next steps and flags are frozen: changing them throws", () => {
    const r = find((x) => x.flags.length > 0);
    const step = find((x) => x.nextSteps.overall.some((s) => s.opens.length > 0)).nextSteps.overall.find((s) => s.opens.length > 0)!;
    const listStep = find((x) => x.nextSteps.overall.some((s) => Array.isArray(s.bestAnswer))).nextSteps.overall.find((s) => Array.isArray(s.bestAnswer))!;
    const node = r.explanation.pillars[0]!.indicators[0]!.questions[0]!;
    // The types say readonly; these casts are what a careless caller would write.
    expect(() => ((r.questions[0] as { points: number }).points = 99)).toThrow(TypeError);
    expect(() => ((node as { points: number }).points = 99)).toThrow(TypeError);
    expect(() => ((step as { gain: number }).gain = 99)).toThrow(TypeError);
    expect(() => (step.opens as string[]).push("x")).toThrow(TypeError);
    expect(() => (listStep.bestAnswer as string[]).sort()).toThrow(TypeError);
    expect(() => ((r.flags[0] as { severity: string }).severity = "medium")).toThrow(TypeError);
    expect(() => (r.flags[0]!.triggeredBy as string[]).push("x")).toThrow(TypeError);
    // A step that opens nothing shares one frozen empty list.
    expect(Object.isFrozen(r.nextSteps.overall.find((s) => s.opens.length === 0)!.opens)).toBe(true);
  });

  it("two results never share a mutable object or array (version data aside)", () => {
    for (const version of [fixtureVersion(), generateVersion(11), generateVersion(12)]) {
      const answers = randomAnswers(version, 3, 0.7);
      const own = reachable(version);
      const a = scoreAssessment(version, answers);
      // The same answers again (everything that can be shared is) and other answers.
      for (const b of [scoreAssessment(version, answers), scoreAssessment(version, randomAnswers(version, 4, 0.7))]) {
        const inB = reachable(b);
        const shared = [...reachable(a)].filter((o) => inB.has(o) && !own.has(o));
        expect(shared.length).toBeGreaterThan(0);
        for (const o of shared) expect(Object.isFrozen(o), JSON.stringify(o)).toBe(true);
        // The containers are each result's own, and changing them leaves the other result alone.
        expect(b.questions).not.toBe(a.questions);
        expect(b.nextSteps.overall).not.toBe(a.nextSteps.overall);
        expect(b.explanation.pillars[0]!.indicators[0]!.questions).not.toBe(a.explanation.pillars[0]!.indicators[0]!.questions);
        const before = JSON.stringify(b);
        a.questions.reverse();
        a.nextSteps.overall.sort((x, y) => x.question.localeCompare(y.question));
        a.flags.push(a.flags[0]!);
        expect(JSON.stringify(b)).toBe(before);
      }
    }
  });

  it("a result is the same whether its parts were built for it or came from the cache", () => {
    const warm = new Map<number, TNormalizedQuestionnaire>();
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.double({ min: 0, max: 1, noNaN: true }), (vs, as, share) => {
        let version = warm.get(vs);
        if (!version) {
          warm.set(vs, (version = generateVersion(vs)));
          // Fill the version's cache with many other answers first.
          for (let k = 0; k < 100; k++) scoreAssessment(version, randomAnswers(version, 10_000 + k, (k % 10) / 9));
        }
        // A new version object has its own, empty cache: every part is built for this result.
        const cold = generateVersion(vs);
        const answers = randomAnswers(version, as, share);
        expect(JSON.stringify(scoreAssessment(version, answers))).toBe(JSON.stringify(scoreAssessment(cold, answers)));
      }),
      { numRuns: 150 },
    );
  });
});
