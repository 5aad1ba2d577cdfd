// How robust is a tier to the weights? Every indicator and question weight is scaled by a random
// factor in [1 - spread, 1 + spread], points are re-derived (each pillar still worth 20) and the
// same answers rescored. A tier that holds in most draws does not hinge on one weighting choice.
import type { TAnswers, TNormalizedQuestionnaire } from "@/lib/questionnaire/model";
import { readAnswerState } from "./applicability";
import { compileVersion } from "./compile";
import { mulberry32 } from "./prng";
import { tierFor } from "./tiers";
import type { TTierResult } from "./types";

export type TSensitivityOptions = { draws?: number; spread?: number; seed?: number };

export type TSensitivityResult = {
  draws: number;
  spread: number;
  seed: number;
  /** Every tier of the version, best first, with the share of draws that landed in it. */
  tiers: (TTierResult & { count: number; share: number })[];
  min: number;
  max: number;
};

type TIndicatorPlan = { weight: number; questions: { weight: number; credit: number }[] };

export function tierSensitivity(
  version: TNormalizedQuestionnaire,
  answers: Readonly<TAnswers>,
  { draws = 1000, spread = 0.2, seed = 1 }: TSensitivityOptions = {},
): TSensitivityResult {
  if (!Number.isInteger(draws) || draws < 1) throw new RangeError(`draws must be a positive integer, got ${draws}`);
  if (!(spread >= 0 && spread < 1)) throw new RangeError(`spread must be in [0, 1), got ${spread}`);
  const compiled = compileVersion(version);
  const state = readAnswerState(compiled, answers);

  // Only what carries points today is perturbed: scored indicators and their scored questions.
  const plan = compiled.pillars.map((p) => ({
    points: p.points,
    indicators: p.indicators
      .map((i) => compiled.indicators[i]!)
      .filter((ind) => ind.points > 0)
      .map<TIndicatorPlan>((ind) => ({
        weight: version.indicators[ind.index]!.weight,
        questions: ind.questions
          .map((i) => compiled.questions[i]!)
          .filter((q) => q.scored)
          .map((q) => ({
            weight: q.question.weight,
            credit: state.applicable[q.index] === 1 && state.answered[q.index] === 1 ? state.credits[q.index]! : 0,
          })),
      })),
  }));

  const random = mulberry32(seed);
  const factor = () => 1 - spread + 2 * spread * random();
  const counts = new Map<number, number>(version.tiers.map((t) => [t.tier, 0]));
  let min = Infinity;
  let max = -Infinity;
  for (let d = 0; d < draws; d++) {
    let overall = 0;
    for (const pillar of plan) {
      let weightSum = 0;
      let weighted = 0;
      for (const ind of pillar.indicators) {
        const w = ind.weight * factor();
        let qWeightSum = 0;
        let qEarned = 0;
        for (const q of ind.questions) {
          const qw = q.weight * factor();
          qWeightSum += qw;
          qEarned += qw * q.credit;
        }
        weightSum += w;
        weighted += qWeightSum > 0 ? (w * qEarned) / qWeightSum : 0;
      }
      if (weightSum > 0) overall += (pillar.points * weighted) / weightSum;
    }
    const tier = tierFor(overall, version.tiers).tier;
    counts.set(tier, (counts.get(tier) ?? 0) + 1);
    if (overall < min) min = overall;
    if (overall > max) max = overall;
  }

  return {
    draws,
    spread,
    seed,
    tiers: [...version.tiers]
      .sort((a, b) => a.tier - b.tier)
      .map((t) => ({ tier: t.tier, label: t.label, min: t.min, count: counts.get(t.tier) ?? 0, share: (counts.get(t.tier) ?? 0) / draws })),
    min,
    max,
  };
}
