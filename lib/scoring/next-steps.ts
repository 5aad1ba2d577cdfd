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
  const candidates: number[] = [];
  const gains = new Float64Array(compiled.questions.length);
  for (const q of compiled.questions) {
    const i = q.index;
    if (!q.scored || state.applicable[i] === 0) continue;
    const current = state.answered[i] === 1 ? state.credits[i]! : 0;
    if (current >= q.best.credit - EPSILON) continue;
    gains[i] = (q.best.credit - current) * q.points;
    candidates.push(i);
  }
  // Gains equal up to float noise rank in file order.
  candidates.sort((a, b) => (Math.abs(gains[b]! - gains[a]!) > EPSILON ? gains[b]! - gains[a]! : a - b));

  const pillars = {} as Record<TPillarKey, TNextStep[]>;
  for (const p of compiled.pillars) pillars[p.key] = [];
  const overall = candidates.map((i): TNextStep => {
    const q = compiled.questions[i]!;
    const answered = state.answered[i] === 1;
    const opens: string[] = [];
    for (const c of q.children) {
      const child = compiled.questions[c]!;
      if (state.applicable[c] === 0 && matchesAny(child.showIn, q.best.value)) opens.push(child.id);
    }
    const step: TNextStep = {
      question: q.id,
      pillar: compiled.pillars[q.pillar]!.key,
      indicator: compiled.indicators[q.indicator]!.id,
      gain: gains[i]!,
      display: round2(gains[i]!),
      answered,
      credit: answered ? state.credits[i]! : 0,
      bestAnswer: q.best.value,
      bestCredit: q.best.credit,
      opens,
    };
    pillars[step.pillar].push(step);
    return step;
  });
  return { overall, pillars };
}
