import { describe, expect, it } from "vitest";
import type { TGapFlag } from "@/lib/gaps/evaluate-gap-rules";
import { buildPlan, stageMoves, type TPlanCountry } from "@/lib/plans/build-plan";
import type { TIndicatorMaturity } from "@/lib/maturity/maturity-stages";
import type { TNextStep } from "@/lib/scoring/types";

const text = (en: string) => ({ en, fr: en });
const flag = (id: string, severity: TGapFlag["severity"]): TGapFlag => ({
  id,
  severity,
  message: text(id),
  action: text(`fix ${id}`),
  reference: "ref",
  triggeredBy: [],
});
const step = (question: string, gain: number): TNextStep => ({
  question,
  pillar: "legal",
  indicator: "1.1",
  gain,
  display: Math.round(gain * 100) / 100,
  answered: true,
  credit: 0,
  bestAnswer: "yes",
  bestCredit: 1,
  opens: [],
});
const country = (iso3: string, flags: TGapFlag[], nextSteps: TNextStep[]): TPlanCountry => ({
  id: `a-${iso3}`,
  iso3,
  region: "africa",
  status: "validated",
  overall: 50,
  tier: 3,
  flags,
  nextSteps,
});

describe("buildPlan", () => {
  const plan = buildPlan([
    country("KEN", [flag("no-cirt", "critical"), flag("no-strategy", "high")], [step("q1", 2), step("q2", 0.5)]),
    country("GHA", [flag("no-strategy", "high"), flag("no-training", "medium")], [step("q1", 1.004), step("q3", 4)]),
    country("BEN", [flag("no-strategy", "high"), flag("no-training", "medium")], [step("q2", 0.5), step("q4", 0)]),
  ]);

  it("ranks flag interventions by severity, then by how many countries raise them", () => {
    expect(plan.flags.map((f) => [f.id, f.severity, f.countries])).toEqual([
      ["no-cirt", "critical", ["KEN"]],
      ["no-strategy", "high", ["BEN", "GHA", "KEN"]],
      ["no-training", "medium", ["BEN", "GHA"]],
    ]);
    expect(plan.flags[0]!.action.en).toBe("fix no-cirt");
  });

  it("aggregates next steps per question: countries that would gain, total and average gain", () => {
    expect(plan.steps.map((s) => [s.question, s.countries, s.totalGain, s.averageGain])).toEqual([
      ["q3", ["GHA"], 4, 4],
      ["q1", ["GHA", "KEN"], 3, 1.5],
      ["q2", ["BEN", "KEN"], 1, 0.5],
    ]);
  });

  it("lists each country with its flag count and potential gain, leaving out zero-gain steps", () => {
    expect(plan.countries.map((c) => [c.iso3, c.flags, c.potentialGain])).toEqual([
      ["BEN", 2, 0.5],
      ["GHA", 2, 5],
      ["KEN", 2, 2.5],
    ]);
  });

  it("is empty for no countries", () => {
    expect(buildPlan([])).toEqual({ flags: [], steps: [], moves: [], countries: [] });
  });
});

describe("stageMoves: moving indicators up one maturity stage", () => {
  const at = (indicator: string, stage: TIndicatorMaturity["stage"], missing: string[]): TIndicatorMaturity => ({
    indicator,
    pillar: "technical",
    stage,
    next:
      stage === "dynamic" ? null : { stage: stage === "formative" ? "established" : "formative", missing: missing.map((q) => ({ question: q, in: ["yes"] })) },
  });
  const moves = stageMoves([
    { ...country("KEN", [], []), maturity: [at("cirts", "formative", ["cirt-24x7", "gov-cirt"]), at("strategy", "dynamic", [])] },
    { ...country("TZA", [], []), maturity: [at("cirts", "formative", ["gov-cirt"]), at("strategy", "start-up", ["strategy-drafted"])] },
    { ...country("ZMB", [], []), maturity: [at("cirts", null, ["national-cirt"]), at("strategy", "start-up", ["strategy-drafted"])] },
  ]);
  it("groups countries by indicator and target stage, most countries first; a country with no answer yet is left out", () => {
    expect(moves.map((m) => [m.indicator, m.from, m.to, m.countries])).toEqual([
      ["cirts", "formative", "established", ["KEN", "TZA"]],
      ["strategy", "start-up", "formative", ["TZA", "ZMB"]],
    ]);
  });
  it("counts, for each answer the stage needs, the countries that miss it, most missed first", () => {
    expect(moves[0]!.missing.map((x) => ["question" in x.requirement ? x.requirement.question : "any", x.countries])).toEqual([
      ["gov-cirt", ["KEN", "TZA"]],
      ["cirt-24x7", ["KEN"]],
    ]);
  });
  it("is part of the plan", () => {
    expect(buildPlan([{ ...country("KEN", [], []), maturity: [at("cirts", "formative", ["gov-cirt"])] }]).moves).toHaveLength(1);
  });
});
