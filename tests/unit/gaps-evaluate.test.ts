import { describe, expect, it } from "vitest";
import type { TCondition } from "@/lib/questionnaire/format-schema";
import type { TAnswers } from "@/lib/questionnaire/model";
import { conditionHolds, evaluateGapRules } from "@/lib/gaps/evaluate-gap-rules";
import { scoreAssessment } from "@/lib/scoring/score";
import { fixtureVersion } from "@/tests/support/scoring-fixtures";

const version = fixtureVersion();

describe("gap-rule conditions: a trigger and a clear case for each kind", () => {
  it.each<[string, TCondition, TAnswers, TAnswers]>([
    ["in (yes-no)", { question: "national-cirt", in: ["no"] }, { "national-cirt": "no" }, { "national-cirt": "yes" }],
    ["in with a YAML boolean", { question: "national-cirt", in: [false] }, { "national-cirt": "no" }, {}],
    [
      "in (multiple-choice: any ticked)",
      { question: "multilateral", in: ["malabo", "other"] },
      { multilateral: ["budapest", "other"] },
      { multilateral: ["budapest"] },
    ],
    ["in is false while unanswered", { question: "bilateral", in: ["none"] }, { bilateral: "none" }, {}],
    [
      "in is false on a hidden question",
      { question: "cirt-services", in: ["other"] },
      { "national-cirt": "yes", "cirt-services": ["other"] },
      { "national-cirt": "no", "cirt-services": ["other"] },
    ],
    ["creditBelow", { question: "data-protection", creditBelow: 0.5 }, { "data-protection": "in-progress" }, { "data-protection": "partially-in-place" }],
    ["creditBelow is false while unanswered", { question: "data-protection", creditBelow: 0.5 }, { "data-protection": "not-in-place" }, {}],
    ["unanswered", { question: "national-strategy", unanswered: true }, {}, { "national-strategy": "no" }],
    [
      "unanswered is false on a hidden sub-question",
      { question: "strategy-review", unanswered: true },
      { "national-strategy": "yes" },
      { "national-strategy": "no" },
    ],
    [
      "unanswered counts an invalid value as unanswered",
      { question: "national-strategy", unanswered: true },
      { "national-strategy": 5 },
      { "national-strategy": "yes" },
    ],
    [
      "indicator scoreBelow",
      { indicator: "cybercrime-law", scoreBelow: 0.5 },
      { "cybercrime-law": "yes" },
      { "cybercrime-law": "yes", "data-protection": "partially-in-place" },
    ],
    ["indicator scoreBelow waits for an answer", { indicator: "cybercrime-law", scoreBelow: 0.5 }, { "cybercrime-law": "no" }, {}],
    [
      "all",
      {
        all: [
          { question: "national-cirt", in: ["yes"] },
          { question: "cirt-staff", creditBelow: 0.5 },
        ],
      },
      { "national-cirt": "yes", "cirt-staff": 2 },
      { "national-cirt": "yes", "cirt-staff": 5 },
    ],
    [
      "any",
      {
        any: [
          { question: "bilateral", in: ["none"] },
          { question: "multilateral", in: ["other"] },
        ],
      },
      { multilateral: ["other"] },
      { bilateral: "many", multilateral: ["budapest"] },
    ],
    ["not", { not: { question: "bilateral", creditBelow: 1 } }, { bilateral: "many" }, { bilateral: "some" }],
  ])("%s", (_label, cond, triggers, clears) => {
    expect(conditionHolds(version, triggers, cond)).toBe(true);
    expect(conditionHolds(version, clears, cond)).toBe(false);
  });

  it("`not` of a question condition holds while the question is unanswered (write `all` with an `in` to avoid it)", () => {
    expect(conditionHolds(version, {}, { not: { question: "bilateral", creditBelow: 1 } })).toBe(true);
  });

  it("unknown references never hold", () => {
    expect(conditionHolds(version, {}, { question: "nope", unanswered: true })).toBe(false);
    expect(conditionHolds(version, {}, { indicator: "nope", scoreBelow: 1 })).toBe(false);
  });
});

describe("evaluateGapRules", () => {
  it("returns flags most severe first with the questions that triggered them", () => {
    const flags = evaluateGapRules(version, {
      "national-cirt": "no",
      "cybercrime-law": "no",
      "data-protection": "in-progress",
      bilateral: "none",
      multilateral: ["budapest"],
    });
    expect(flags.map((f) => [f.id, f.severity])).toEqual([
      ["no-cirt", "critical"],
      ["weak-law", "high"],
      ["strategy-unknown", "medium"],
      ["no-cooperation", "medium"],
    ]);
    const [noCirt, weakLaw, , noCooperation] = flags;
    expect(noCirt).toMatchObject({
      triggeredBy: ["national-cirt"],
      reference: "GCI 2024 2.1",
      message: { en: "No national CIRT" },
      action: { en: "Establish a CIRT" },
    });
    // Indicator rules name the applicable questions short of their best answer.
    expect(weakLaw!.triggeredBy).toEqual(["cybercrime-law", "data-protection"]);
    // `any` names only the parts that hold.
    expect(noCooperation!.triggeredBy).toEqual(["bilateral"]);
  });

  it("names every question of an `all` rule", () => {
    const flags = evaluateGapRules(version, { "national-cirt": "yes", "cirt-services": ["early-warning"], "national-strategy": "yes" });
    expect(flags.find((f) => f.id === "thin-cirt")!.triggeredBy).toEqual(["national-cirt", "cirt-services"]);
  });

  it("scoreAssessment carries the same flags", () => {
    const answers = { "national-cirt": "no", "national-strategy": "yes" };
    expect(scoreAssessment(version, answers).flags).toEqual(evaluateGapRules(version, answers));
  });
});
