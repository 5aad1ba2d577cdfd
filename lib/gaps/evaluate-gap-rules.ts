// Declarative gap rules -> flags. A question condition only holds for an applicable question:
// a hidden sub-question is neither "no" nor "unanswered".
import type { TCondition, TGapRule, TLocalizedText } from "@/lib/questionnaire/format-schema";
import type { TAnswers, TNormalizedQuestionnaire } from "@/lib/questionnaire/model";
import { readAnswerState, type TAnswerState } from "@/lib/scoring/applicability";
import { compileVersion, type TCompiledVersion } from "@/lib/scoring/compile";
import { compileCondition, compiledRules, holds, involved } from "./compile-gap-rules";

export type TGapFlag = {
  id: string;
  severity: TGapRule["severity"];
  message: TLocalizedText;
  action: TLocalizedText;
  reference: string;
  /** Questions behind the flag, in file order. */
  triggeredBy: string[];
};

export type TGapContext = {
  compiled: TCompiledVersion;
  state: TAnswerState;
  /** Points earned per indicator index. */
  indicatorEarned: ArrayLike<number>;
};

/** Flags of every rule that holds, most severe first, then in file order. */
export function evaluateGapRulesInContext(ctx: TGapContext): TGapFlag[] {
  const { compiled, state, indicatorEarned: earned } = ctx;
  // Rules come pre-ranked, so flags are pushed in their final order: no sort per score.
  const rules = compiledRules(compiled);
  const flags: TGapFlag[] = [];
  for (let r = 0; r < rules.length; r++) {
    const { rule, node } = rules[r]!;
    if (!holds(node, compiled, state, earned)) continue;
    const questions: number[] = [];
    involved(node, compiled, state, earned, questions);
    flags.push({ id: rule.id, severity: rule.severity, message: rule.message, action: rule.action, reference: rule.reference, triggeredBy: idsInFileOrder(compiled, questions) });
  }
  return flags;
}

/** Distinct question ids of `indices`, in file order (a handful: insertion sort, no Set). */
function idsInFileOrder(compiled: TCompiledVersion, indices: number[]): string[] {
  for (let k = 1; k < indices.length; k++) {
    const x = indices[k]!;
    let j = k - 1;
    while (j >= 0 && indices[j]! > x) {
      indices[j + 1] = indices[j]!;
      j--;
    }
    indices[j + 1] = x;
  }
  const ids: string[] = [];
  for (let k = 0; k < indices.length; k++) if (k === 0 || indices[k] !== indices[k - 1]) ids.push(compiled.questions[indices[k]!]!.id);
  return ids;
}

/** Points earned per indicator index from an answer state. */
export function indicatorEarned(compiled: TCompiledVersion, state: TAnswerState): Float64Array {
  const earned = new Float64Array(compiled.indicators.length);
  for (const q of compiled.questions) {
    if (q.scored && state.applicable[q.index] === 1 && state.answered[q.index] === 1) earned[q.indicator]! += q.points * state.credits[q.index]!;
  }
  return earned;
}

/** Gap flags for a set of answers (scoreAssessment includes them; this is for callers needing only flags). */
export function evaluateGapRules(version: TNormalizedQuestionnaire, answers: Readonly<TAnswers>): TGapFlag[] {
  const compiled = compileVersion(version);
  const state = readAnswerState(compiled, answers);
  return evaluateGapRulesInContext({ compiled, state, indicatorEarned: indicatorEarned(compiled, state) });
}

/** Whether one condition holds for a set of answers (used by rule editors and tests). */
export function conditionHolds(version: TNormalizedQuestionnaire, answers: Readonly<TAnswers>, cond: TCondition): boolean {
  const compiled = compileVersion(version);
  const state = readAnswerState(compiled, answers);
  return holds(compileCondition(cond, compiled), compiled, state, indicatorEarned(compiled, state));
}
