// Skip logic and the per-question state every score is computed from.
// A sub-question is applicable only when its parent is applicable and answered with a value in
// `showIf.in` (multiple-choice parent: any ticked option in the list).
import type { TAnswers, TNormalizedQuestionnaire } from "@/lib/questionnaire/model";
import { compileVersion, type TCompiledVersion } from "./compile";
import { isUnanswered } from "./credit";

export type TAnswerState = {
  /** Answer values by question index; only meaningful where `answered` is 1 (valid and present). */
  values: unknown[];
  /** Credit of each valid answer (0 when unanswered; check `answered`). */
  credits: Float64Array;
  answered: Uint8Array;
  applicable: Uint8Array;
  /** Ids whose values were ignored: unknown questions and invalid values, sorted. */
  ignored: string[];
};

/** A value is in an `in` list; a multiple-choice answer when any ticked option is. */
export function matchesAny(keys: ReadonlySet<unknown>, value: unknown): boolean {
  if (!Array.isArray(value)) return keys.has(value);
  for (const k of value) if (keys.has(k)) return true;
  return false;
}

/** Reads answers against a compiled version: validity, credit and applicability of every question. */
export function readAnswerState(compiled: TCompiledVersion, answers: Readonly<TAnswers>): TAnswerState {
  const n = compiled.questions.length;
  const values = new Array<unknown>(n);
  const credits = new Float64Array(n);
  const answered = new Uint8Array(n);
  const applicable = new Uint8Array(n);
  const ignored: string[] = [];

  // One lookup per question; ids that name inherited properties (a question "constructor") are
  // read only when the answers object really holds them.
  let found = 0;
  for (const q of compiled.questions) {
    const value = answers[q.id];
    if (value === undefined || (q.inheritedName && !Object.hasOwn(answers, q.id))) continue;
    values[q.index] = value;
    found++;
  }
  // More keys than answers found: some ids are unknown (or hold undefined); name the unknown ones.
  if (Object.keys(answers).length > found) {
    for (const id of Object.keys(answers)) if (!compiled.questionIndex.has(id)) ignored.push(id);
  }
  for (const i of compiled.order) {
    const q = compiled.questions[i]!;
    const value = values[i];
    if (value !== null && value !== undefined && !(q.blankIsUnanswered && isUnanswered(q.question, value))) {
      const c = q.creditOf(value);
      if (c === undefined) ignored.push(q.id);
      else {
        credits[i] = c;
        answered[i] = 1;
      }
    }
    const p = q.parent;
    applicable[i] = p < 0 || (applicable[p] === 1 && answered[p] === 1 && matchesAny(q.showIn, values[p])) ? 1 : 0;
  }
  if (ignored.length > 1) ignored.sort();
  return { values, credits, answered, applicable, ignored };
}

/** Applicability of every question, by id. */
export function applicability(version: TNormalizedQuestionnaire, answers: Readonly<TAnswers>): Record<string, boolean> {
  const compiled = compileVersion(version);
  const state = readAnswerState(compiled, answers);
  return Object.fromEntries(compiled.questions.map((q) => [q.id, state.applicable[q.index] === 1]));
}

/** Ids of the applicable questions, in file order. */
export function applicableQuestionIds(version: TNormalizedQuestionnaire, answers: Readonly<TAnswers>): string[] {
  const compiled = compileVersion(version);
  const state = readAnswerState(compiled, answers);
  return compiled.questions.filter((q) => state.applicable[q.index] === 1).map((q) => q.id);
}
