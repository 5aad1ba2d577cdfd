import { PILLAR_IDS } from "@/lib/questionnaire/constants";
import { describe, expect, it } from "vitest";
import { SCORING_RULES_VERSION, scoreAssessment } from "@/lib/scoring/score";
import { explanationMismatches, fixtureFile, fixtureVersion, versionFrom } from "@/tests/support/scoring-fixtures";

const version = fixtureVersion();
const ANSWERS = {
  "cybercrime-law": "yes",
  "data-protection": "partially-in-place",
  "breach-notification": "voluntary",
  "national-cirt": "yes",
  "cirt-services": ["incident-response"],
  "cirt-staff": 5,
  "sector-cirts": "in-progress",
  "national-strategy": "yes",
  "strategy-review": "partially-in-place",
  "awareness-campaigns": 1,
  bilateral: "some",
  multilateral: ["budapest"],
};

const cents = (x: number) => Math.round(x * 100);

describe("scoreAssessment", () => {
  const result = scoreAssessment(version, ANSWERS);

  it("names every pillar by its one id, as files, URLs and exports do", () => {
    expect(Object.keys(result.pillars)).toEqual(PILLAR_IDS);
    expect(Object.keys(result.completion.pillars)).toEqual(PILLAR_IDS);
    expect(Object.keys(result.nextSteps.pillars)).toEqual(PILLAR_IDS);
    expect(result.explanation.pillars.map((p) => p.pillar)).toEqual(PILLAR_IDS);
    expect(JSON.stringify(result)).not.toMatch(/capacityDevelopment|capacity_development/);
  });

  it("derives question, pillar and overall scores from points x credit", () => {
    expect(result.pillars.legal.score).toBeCloseTo(5 + 10 * 0.5 + 5 * 0.5, 10);
    expect(result.pillars.technical.score).toBeCloseTo((40 / 9) * (1 + 0.5 + 0.5) + (20 / 3) * 0.25, 10);
    expect(result.pillars.organizational.score).toBeCloseTo(10 + 10 * 0.6, 10);
    expect(result.pillars["capacity-development"].score).toBeCloseTo(10, 10);
    expect(result.pillars.cooperation.score).toBeCloseTo(10, 10);
    expect(result.overall.score).toBeCloseTo(59.0556, 4);
    expect(result.overall.display).toBe(59.06);
    expect(result.overall.maxPoints).toBe(100);
    expect(result.pillars.legal).toMatchObject({ id: "legal", maxPoints: 20, fraction: 0.625 });
    const indicator = result.indicators.find((i) => i.id === "cybercrime-law")!;
    expect(indicator).toMatchObject({ pillar: "legal", maxPoints: 15 });
    expect(indicator.fraction).toBeCloseTo(10 / 15, 12);
  });

  it("reads the tier from the version", () => {
    expect(result.tier).toEqual({ tier: 3, min: 55, label: { en: "Establishing", fr: "En consolidation" } });
  });

  it("carries the version key, hash, rules version and the preview mark", () => {
    expect(result).toMatchObject({ questionnaire: "fixture@1", questionnaireHash: "test", rulesVersion: SCORING_RULES_VERSION, preview: true });
    expect(scoreAssessment(version, ANSWERS, { validated: true }).preview).toBe(false);
  });

  it("explains every question and the contributions add up exactly at 2 decimals", () => {
    expect(result.explanation.pillars.flatMap((p) => p.indicators.flatMap((i) => i.questions))).toHaveLength(version.questions.length);
    expect(explanationMismatches(result)).toEqual([]);
    // Displayed maxima add up to 20 per pillar and 100 overall.
    for (const p of result.explanation.pillars) {
      expect(cents(p.maxPoints)).toBe(2000);
      expect(p.indicators.reduce((s, i) => s + cents(i.maxPoints), 0)).toBe(2000);
      for (const i of p.indicators) expect(i.questions.reduce((s, q) => s + cents(q.maxPoints), 0)).toBe(cents(i.maxPoints));
    }
  });

  it("gives each question's displayed points consistently with the explanation", () => {
    const technical = result.explanation.pillars.find((p) => p.pillar === "technical")!;
    // 4.4444 + 2.2222 + 2.2222 = 8.8889 shows as 8.89; its questions 4.44 + 2.22 + 2.22 get the extra cent on the largest remainder.
    const cirt = technical.indicators[0]!;
    expect(cirt.points).toBe(8.89);
    expect(cirt.questions.map((q) => q.points)).toEqual([4.45, 2.22, 2.22, 0]);
    expect(result.questions.find((q) => q.id === "national-cirt")!.display).toBe(4.45);
  });

  it("ranks next steps by overall gain, ties in file order, per pillar too", () => {
    expect(result.nextSteps.overall.map((s) => s.question)).toEqual([
      "awareness-campaigns",
      "data-protection",
      "sector-cirts",
      "bilateral",
      "multilateral",
      "strategy-review",
      "breach-notification",
      "cirt-services",
      "cirt-staff",
    ]);
    expect(result.nextSteps.overall[0]).toMatchObject({
      gain: 10,
      display: 10,
      answered: true,
      credit: 0.5,
      bestAnswer: 3,
      bestCredit: 1,
      pillar: "capacity-development",
    });
    expect(result.nextSteps.pillars.technical.map((s) => s.question)).toEqual(["sector-cirts", "cirt-services", "cirt-staff"]);
    expect(result.nextSteps.pillars.legal.map((s) => s.display)).toEqual([5, 2.5]);
  });

  it("includes unanswered questions in next steps and lists the sub-questions a better answer opens", () => {
    const steps = scoreAssessment(version, { "national-cirt": "no" }).nextSteps.overall;
    const cirt = steps.find((s) => s.question === "national-cirt")!;
    // The gain is the question's own points only, not those of the sub-questions it opens.
    expect(cirt.gain).toBeCloseTo(40 / 9, 12);
    expect(cirt.opens).toEqual(["cirt-services", "cirt-staff", "cirt-name"]);
    const unanswered = steps.find((s) => s.question === "awareness-campaigns")!;
    expect(unanswered).toMatchObject({ answered: false, credit: 0, gain: 20 });
    expect(steps.map((s) => s.question)).not.toContain("cirt-name");
  });

  it("ignores unknown ids and invalid values, and lists them", () => {
    const r = scoreAssessment(version, { ...ANSWERS, zzz: "yes", "cirt-staff": -4 });
    expect(r.ignoredAnswers).toEqual(["cirt-staff", "zzz"]);
    expect(r.questions.find((q) => q.id === "cirt-staff")).toMatchObject({ answered: false, points: 0 });
  });

  it('never reads inherited properties as answers (a question id "constructor")', () => {
    const file = fixtureFile();
    file.pillars[1]!.indicators[1]!.questions[0]!.id = "constructor";
    const v = versionFrom(file);
    expect(scoreAssessment(v, {}).questions.find((q) => q.id === "constructor")).toMatchObject({ answered: false });
    expect(scoreAssessment(v, {}).ignoredAnswers).toEqual([]);
    expect(scoreAssessment(v, { constructor: "in-place" }).questions.find((q) => q.id === "constructor")).toMatchObject({ answered: true, credit: 1 });
    expect(scoreAssessment(v, JSON.parse('{"toString": "yes", "__proto__": 1}')).ignoredAnswers).toEqual(["__proto__", "toString"]);
  });

  it("is deterministic and independent of answer order", () => {
    const reversed = Object.fromEntries(Object.entries(ANSWERS).reverse());
    expect(JSON.stringify(scoreAssessment(version, reversed))).toBe(JSON.stringify(result));
  });

  it("gives every result its own objects: changing one result leaves another alone", () => {
    const reachable = (root: unknown, into = new Set<object>()): Set<object> => {
      if (typeof root !== "object" || root === null || into.has(root)) return into;
      into.add(root);
      for (const value of Object.values(root)) reachable(value, into);
      return into;
    };
    const own = reachable(version);
    const a = scoreAssessment(version, ANSWERS);
    const b = scoreAssessment(version, ANSWERS);
    const inB = reachable(b);
    // Only version data (labels, messages) and frozen best-answer lists appear in both.
    for (const o of reachable(a)) if (inB.has(o) && !own.has(o)) expect(Object.isFrozen(o), JSON.stringify(o)).toBe(true);
    const before = JSON.stringify(b);
    a.questions.reverse();
    a.nextSteps.overall.sort((x, y) => x.question.localeCompare(y.question));
    (a.nextSteps.overall[0]!.opens as string[]).push("x");
    a.flags.push(a.flags[0]!);
    expect(JSON.stringify(b)).toBe(before);
  });
});
