// Effective points: each pillar is worth 20, split by indicator weight, then by question weight among scored questions.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PILLAR_IDS, ZQuestionnaireFile } from "@/lib/questionnaire/format-schema";
import type { TNormalizedQuestionnaire } from "@/lib/questionnaire/model";
import { normalizeQuestionnaire } from "@/lib/questionnaire/normalize";
import { validateQuestionnaireData } from "@/lib/questionnaire/parse-questionnaire";
import { miniData, miniVersion, rawIndicator, type TRaw } from "../fixtures/questionnaires/load-fixtures";

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

function pillarPoints(version: TNormalizedQuestionnaire, pillar: string): number {
  return sum(version.questions.filter((q) => q.pillar === pillar).map((q) => q.points));
}

describe("normalizeQuestionnaire on the mini fixture", () => {
  const versions = [miniVersion("2020.yaml"), miniVersion("2024.yaml")];

  it.each(versions.flatMap((v) => PILLAR_IDS.map((pillar) => ({ key: v.key, v, pillar }))))(
    "$key: the questions of $pillar sum to 20 points",
    ({ v, pillar }) => expect(pillarPoints(v, pillar)).toBeCloseTo(20, 9),
  );

  it.each(versions.flatMap((v) => v.indicators.map((indicator) => ({ key: `${v.key} ${indicator.id}`, v, indicator }))))(
    "$key: question points sum to the indicator's points",
    ({ v, indicator }) => {
      const questions = indicator.questionIds.map((id) => v.questionById[id]!);
      expect(sum(questions.map((q) => q.points))).toBeCloseTo(indicator.points, 9);
    },
  );

  it.each([
    { key: "mini@2024", question: "cybercrime-substantive", points: 20 * (2 / 3) * (1 / 2) },
    { key: "mini@2024", question: "training-professional", points: 20 * (2 / 4) },
    { key: "mini@2024", question: "data-protection-date", points: 0 },
    { key: "mini@2024", question: "cooperation-notes", points: 0 },
    { key: "mini@2020", question: "cyber-agency", points: 20 * (3 / 4) },
    { key: "mini@2020", question: "awareness-notes", points: 0 },
  ])("$key $question earns $points points", ({ key, question, points }) => {
    const version = versions.find((v) => v.key === key)!;
    expect(version.questionById[question]!.points).toBeCloseTo(points, 9);
  });

  it("gives informational and uncreditable questions 0 points and marks them unscored", () => {
    for (const version of versions)
      for (const q of version.questions.filter((q) => q.informational || q.type === "text" || q.type === "date")) {
        expect(q.points).toBe(0);
        expect(q.scored).toBe(false);
      }
  });

  it("keeps file order in index and sorts tiers by min, highest first", () => {
    const version = versions[1]!;
    expect(version.questions.map((q) => q.index)).toEqual(version.questions.map((_, i) => i));
    expect(version.tiers.map((t) => t.min)).toEqual([95, 85, 55, 20, 0]);
  });
});

describe("normalizeQuestionnaire property: points always total 100", () => {
  // Zero weights are drawn often enough to empty whole pillars now and then.
  const weight = fc.oneof({ arbitrary: fc.constant(0), weight: 1 }, { arbitrary: fc.double({ min: 0.01, max: 100, noNaN: true }), weight: 4 });
  const base = miniData("2024.yaml");
  const indicatorIds: string[] = base.pillars.flatMap((p: TRaw) => p.indicators.map((i: TRaw) => i.id));
  const questionCount = base.pillars.flatMap((p: TRaw) => p.indicators.flatMap((i: TRaw) => i.questions)).length;
  const canEarn = (q: TRaw) => !q.informational && q.type !== "text" && q.type !== "date";

  it("gives each pillar 20 points when it has a scored question, so 100 in all when every pillar has one", () => {
    fc.assert(
      fc.property(
        fc.array(weight, { minLength: indicatorIds.length, maxLength: indicatorIds.length }),
        fc.array(weight, { minLength: questionCount, maxLength: questionCount }),
        (indicatorWeights, questionWeights) => {
          const data = structuredClone(base);
          indicatorIds.forEach((id, i) => (rawIndicator(data, id).weight = indicatorWeights[i]));
          let k = 0;
          for (const p of data.pillars) for (const i of p.indicators) for (const q of i.questions) q.weight = questionWeights[k++];
          const version = normalizeQuestionnaire(ZQuestionnaireFile.parse(data), { hash: "property" });
          const scoredPillars = data.pillars.filter((p: TRaw) =>
            p.indicators.some((i: TRaw) => i.weight > 0 && i.questions.some((q: TRaw) => q.weight > 0 && canEarn(q))),
          );
          for (const pillar of data.pillars) expect(pillarPoints(version, pillar.id)).toBeCloseTo(scoredPillars.includes(pillar) ? 20 : 0, 9);
          expect(sum(version.questions.map((q) => q.points))).toBeCloseTo(20 * scoredPillars.length, 9);
          for (const q of version.questions) expect(q.points).toBeGreaterThanOrEqual(0);
          // The validator refuses exactly the files where some pillar could never earn its points.
          const parsed = validateQuestionnaireData({ fileName: "random.yaml", data });
          const emptyPillarProblems = parsed.ok ? [] : parsed.problems.filter((p) => p.message.startsWith("pillar has no scored"));
          expect(emptyPillarProblems.length).toBe(5 - scoredPillars.length);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("totals exactly 100 for random positive weights", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.01, max: 100, noNaN: true }), { minLength: questionCount, maxLength: questionCount }), (weights) => {
        const data = structuredClone(base);
        let k = 0;
        for (const p of data.pillars) for (const i of p.indicators) for (const q of i.questions) q.weight = weights[k++];
        const parsed = validateQuestionnaireData({ fileName: "random.yaml", data });
        if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join("\n"));
        const version = normalizeQuestionnaire(parsed.value, { hash: "property" });
        expect(sum(version.questions.map((q) => q.points))).toBeCloseTo(100, 9);
      }),
      { numRuns: 200 },
    );
  });
});
