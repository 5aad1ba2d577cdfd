// What to improve first: for each applicable scored question below its best answer, the overall
// gain of that question alone at its best answer. Sub-questions a better answer would open are
// listed, not counted: their points depend on answers nobody has given yet.
import type { TPillarKey } from "@/lib/questionnaire/model";
import type { TAnswerState } from "./applicability";
import type { TCompiledVersion } from "./compile";
import { rankByGain } from "./rank-by-gain";
import type { TStepCandidates } from "./tally";
import type { TNextStep } from "./types";

/** The steps of the candidates tally() collected, ranked (see rank-by-gain.ts). */
export function buildNextSteps(compiled: TCompiledVersion, state: TAnswerState, steps: TStepCandidates): { overall: TNextStep[]; pillars: Record<TPillarKey, TNextStep[]> } {
  const questions = compiled.questions;
  const np = compiled.pillars.length;
  const n = steps.count;
  const order = rankByGain(steps);

  // Arrays of their final length: pushing would grow and copy them.
  const pillarSteps = new Array<TNextStep[]>(np);
  for (let k = 0; k < np; k++) pillarSteps[k] = new Array<TNextStep>(steps.perPillar[k]!);
  const filled = steps.perPillarFilled;
  filled.fill(0);
  const overall = new Array<TNextStep>(n);
  for (let k = 0; k < n; k++) {
    const c = order[k]!;
    const i = steps.questions[c]!;
    const q = questions[i]!;
    const answered = state.answered[i] === 1;
    // Children the best answer shows are known per version; only their current visibility varies.
    const opens: string[] = [];
    for (let m = 0; m < q.bestOpens.length; m++) {
      const child = q.bestOpens[m]!;
      if (state.applicable[child] === 0) opens.push(questions[child]!.id);
    }
    const step: TNextStep = {
      question: q.id,
      pillar: q.pillarKey,
      indicator: q.indicatorId,
      gain: steps.gains[c]!,
      display: steps.displays[c]!,
      answered,
      credit: answered ? state.credits[i]! : 0,
      bestAnswer: q.bestValue,
      bestCredit: q.bestCredit,
      opens,
    };
    overall[k] = step;
    pillarSteps[q.pillar]![filled[q.pillar]!++] = step;
  }
  const pillars = {} as Record<TPillarKey, TNextStep[]>;
  for (let k = 0; k < np; k++) pillars[compiled.pillars[k]!.key] = pillarSteps[k]!;
  return { overall, pillars };
}
