// What to improve first: for each applicable scored question below its best answer, the overall
// gain of that question alone at its best answer. Sub-questions a better answer would open are
// listed, not counted: their points depend on answers nobody has given yet.
import type { TPillarKey } from "@/lib/questionnaire/model";
import type { TAnswerState } from "./applicability";
import type { TCompiledVersion } from "./compile";
import { rankByGain } from "./rank-by-gain";
import { nextStep } from "./shared-parts";
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
    // Shared and frozen for lookup answers (see shared-parts.ts).
    const step = nextStep(compiled, state, i, steps.slots[c]!, steps.gains[c]!, steps.displays[c]!);
    overall[k] = step;
    pillarSteps[q.pillar]![filled[q.pillar]!++] = step;
  }
  const pillars = {} as Record<TPillarKey, TNextStep[]>;
  for (let k = 0; k < np; k++) pillars[compiled.pillars[k]!.key] = pillarSteps[k]!;
  return { overall, pillars };
}
