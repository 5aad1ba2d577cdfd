import { describe, expect, it } from "vitest";
import { validateAnswers } from "@/lib/scoring/answer-value";
import { scoreAssessment } from "@/lib/scoring/score";
import { answersTemplate } from "@/lib/scoring/templates";
import { fixtureVersion, generateVersion } from "@/tests/support/scoring-fixtures";

const version = fixtureVersion();

describe("answersTemplate", () => {
  it("best: every question, sub-questions included, at its best answer", () => {
    const best = answersTemplate(version, "best");
    expect(Object.keys(best)).toEqual(version.questions.map((q) => q.id));
    expect(best).toMatchObject({
      "national-cirt": "yes",
      "cirt-staff": 10,
      "cirt-services": ["incident-response", "early-warning", "forensics"],
      "strategy-review": "in-place",
    });
    expect(validateAnswers(version, best)).toEqual([]);
    const result = scoreAssessment(version, best);
    expect(result.overall.score).toBeCloseTo(100, 9);
    expect(result.completion.ratio).toBe(1);
  });

  it("worst: sub-questions hidden by the worst parent answer are left out", () => {
    const worst = answersTemplate(version, "worst");
    expect(worst["national-cirt"]).toBe("no");
    expect(Object.keys(worst)).not.toContain("cirt-staff");
    expect(Object.keys(worst)).not.toContain("strategy-review");
    expect(validateAnswers(version, worst)).toEqual([]);
    const result = scoreAssessment(version, worst);
    expect(result.overall.score).toBe(0);
    expect(result.completion.ratio).toBe(1);
  });

  it("empty: every question listed as unanswered", () => {
    const empty = answersTemplate(version, "empty");
    expect(Object.values(empty).every((v) => v === null)).toBe(true);
    expect(Object.keys(empty)).toHaveLength(version.questions.length);
    expect(scoreAssessment(version, empty).completion.answered).toBe(0);
  });

  it("validates on generated versions too", () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const v = generateVersion(seed);
      for (const fill of ["best", "worst", "empty"] as const) expect(validateAnswers(v, answersTemplate(v, fill))).toEqual([]);
    }
  });
});
