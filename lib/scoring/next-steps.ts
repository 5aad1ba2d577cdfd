// What to improve first: for each applicable scored question below its best answer, the overall
// gain of that question alone at its best answer. Sub-questions a better answer would open are
// listed, not counted: their points depend on answers nobody has given yet.
import type { TPillarKey } from "@/lib/questionnaire/model";
import type { TAnswerState } from "./applicability";
import { matchesAny } from "./applicability";
import type { TCompiledVersion } from "./compile";
import { round2 } from "./rounding";
import type { TNextStep } from "./types";

/** Credits this close are equal: avoids "next steps" worth 0.0000001 from float sums. */
const EPSILON = 1e-9;

export function buildNextSteps(compiled: TCompiledVersion, state: TAnswerState): { overall: TNextStep[]; pillars: Record<TPillarKey, TNextStep[]> } {
  const steps: { index: number; step: TNextStep }[] = [];
  for (const q of compiled.questions) {
    const i = q.index;
    if (!q.scored || state.applicable[i] === 0) continue;
    const answered = state.answered[i] === 1;
    const current = answered ? state.credits[i]! : 0;
    if (current >= q.best.credit - EPSILON) continue;
    const gain = (q.best.credit - current) * q.points;
    const opens = q.children
      .filter((c) => state.applicable[c] === 0 && matchesAny(compiled.questions[c]!.showIn, q.best.value))
      .map((c) => compiled.questions[c]!.id);
    steps.push({
      index: i,
      step: {
        question: q.id,
        pillar: compiled.pillars[q.pillar]!.key,
        indicator: compiled.indicators[q.indicator]!.id,
        gain,
        display: round2(gain),
        answered,
        credit: current,
        bestAnswer: q.best.value,
        bestCredit: q.best.credit,
        opens,
      },
    });
  }
  // Gains equal up to float noise rank in file order.
  steps.sort((a, b) => (Math.abs(b.step.gain - a.step.gain) > EPSILON ? b.step.gain - a.step.gain : a.index - b.index));
  const overall = steps.map((s) => s.step);
  const pillars = Object.fromEntries(compiled.pillars.map((p) => [p.key, [] as TNextStep[]])) as Record<TPillarKey, TNextStep[]>;
  for (const s of overall) pillars[s.pillar].push(s);
  return { overall, pillars };
}
