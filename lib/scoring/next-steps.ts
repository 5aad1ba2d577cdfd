// What to improve first: for each applicable scored question below its best answer, the overall
// gain of that question alone at its best answer. Sub-questions a better answer would open are
// listed, not counted: their points depend on answers nobody has given yet.
import type { TPillarId } from "@/lib/questionnaire/constants";
import type { TAnswerState } from "./applicability";
import { round2 } from "./rounding";
import type { TNextStep } from "./types";
import type { TIndexedVersion } from "./version-index";

/** Gains closer than this are equal (float noise): such steps keep file order. */
const EPSILON = 1e-9;

export function buildNextSteps(indexed: TIndexedVersion, state: TAnswerState): { overall: TNextStep[]; pillars: Record<TPillarId, TNextStep[]> } {
  const gains: number[] = [];
  const candidates: number[] = [];
  for (const q of indexed.questions) {
    if (!q.scored || !state.applicable[q.index]) continue;
    const current = state.answered[q.index] ? state.credits[q.index]! : 0;
    // Questions at (or within float noise of) their best answer have no step.
    if (current >= q.best.credit - EPSILON) continue;
    gains[q.index] = (q.best.credit - current) * q.points;
    candidates.push(q.index);
  }
  // Largest gain first, file order among (nearly) equal gains.
  const ranked = candidates.sort((a, b) => {
    const d = gains[b]! - gains[a]!;
    return Math.abs(d) > EPSILON ? d : a - b;
  });
  const pillars = {} as Record<TPillarId, TNextStep[]>;
  for (const p of indexed.pillars) pillars[p.id] = [];
  const overall = ranked.map((i) => {
    const q = indexed.questions[i]!;
    const answered = state.answered[i]!;
    const step: TNextStep = {
      question: q.id,
      pillar: q.pillarId,
      indicator: q.question.indicator,
      gain: gains[i]!,
      display: round2(gains[i]!),
      answered,
      credit: answered ? state.credits[i]! : 0,
      bestAnswer: q.best.value,
      bestCredit: q.best.credit,
      opens: q.bestOpens.filter((child) => !state.applicable[child]).map((child) => indexed.questions[child]!.id),
    };
    pillars[q.pillarId].push(step);
    return step;
  });
  return { overall, pillars };
}
