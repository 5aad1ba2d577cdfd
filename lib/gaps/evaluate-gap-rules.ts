// Declarative gap rules -> flags. A question condition only holds for an applicable question:
// a hidden sub-question is neither "no" nor "unanswered".
import type { TCondition, TGapRule, TLocalizedText } from "@/lib/questionnaire/format-schema";
import type { TAnswers, TNormalizedQuestionnaire } from "@/lib/questionnaire/model";
import { readAnswerState, type TAnswerState } from "@/lib/scoring/applicability";
import { compileVersion, type TCompiledVersion } from "@/lib/scoring/compile";
import { compileCondition, compiledRules, holds, involved, type TCompiledRule } from "./compile-gap-rules";

/** Flags kept per rule (one per set of questions behind it); past that, flags are built per score. */
const FLAGS_PER_RULE = 8;

/** Frozen, and shared between results when the same rule holds for the same questions. */
export type TGapFlag = Readonly<{
  id: string;
  severity: TGapRule["severity"];
  message: TLocalizedText;
  action: TLocalizedText;
  reference: string;
  /** Questions behind the flag, in file order. */
  triggeredBy: readonly string[];
}>;

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
    const rule = rules[r]!;
    if (!holds(rule.node, compiled, state, earned)) continue;
    const questions: number[] = [];
    involved(rule.node, compiled, state, earned, questions);
    flags.push(flagFor(compiled, rule, questions, inFileOrder(questions)));
  }
  return flags;
}

/**
 * A flag depends only on its rule and the questions behind it, so the few combinations that occur
 * are built once per compiled version and shared, frozen (as the question scores of a result are,
 * see lib/scoring/shared-parts.ts).
 */
function flagFor(compiled: TCompiledVersion, c: TCompiledRule, questions: readonly number[], n: number): TGapFlag {
  for (let e = 0; e < c.flags.length; e++) {
    const kept = c.flags[e]!;
    if (kept.questions.length !== n) continue;
    let same = true;
    for (let k = 0; k < n && same; k++) same = kept.questions[k] === questions[k];
    if (same) return kept.flag;
  }
  const ids = new Array<string>(n);
  for (let k = 0; k < n; k++) ids[k] = compiled.questions[questions[k]!]!.id;
  const { rule } = c;
  const flag: TGapFlag = Object.freeze({ id: rule.id, severity: rule.severity, message: rule.message, action: rule.action, reference: rule.reference, triggeredBy: Object.freeze(ids) });
  if (c.flags.length < FLAGS_PER_RULE) c.flags.push({ questions: questions.slice(0, n), flag });
  return flag;
}

/** Sorts `indices` (a handful: insertion sort) and moves the distinct ones to the front; returns their count. */
function inFileOrder(indices: number[]): number {
  for (let k = 1; k < indices.length; k++) {
    const x = indices[k]!;
    let j = k - 1;
    while (j >= 0 && indices[j]! > x) {
      indices[j + 1] = indices[j]!;
      j--;
    }
    indices[j + 1] = x;
  }
  let n = 0;
  for (let k = 0; k < indices.length; k++) if (k === 0 || indices[k] !== indices[k - 1]) indices[n++] = indices[k]!;
  return n;
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
