// Skip logic and the per-question state every score is computed from.
// A sub-question is applicable only when its parent is applicable and answered with a value in
// `showIf.in` (multiple-choice parent: any ticked option in the list).
import type { TAnswers, TNormalizedQuestionnaire } from "@/lib/questionnaire/model";
import { isUnanswered } from "./credit";
import { indexVersion, matchesAny, type TIndexedVersion } from "./version-index";

export type TAnswerState = {
  /** Answer values by question index (undefined when absent). */
  values: unknown[];
  /** Credit of each valid answer, 0 when unanswered (check `answered`). */
  credits: number[];
  /** A valid value is present. */
  answered: boolean[];
  applicable: boolean[];
  /** Ids whose values were ignored: unknown questions and invalid values, sorted. */
  ignored: string[];
};

/** Validity, credit and applicability of every question for a set of answers. */
export function readAnswerState(indexed: TIndexedVersion, answers: Readonly<TAnswers>): TAnswerState {
  const n = indexed.questions.length;
  const state: TAnswerState = {
    values: new Array<unknown>(n),
    credits: new Array<number>(n).fill(0),
    answered: new Array<boolean>(n).fill(false),
    applicable: new Array<boolean>(n).fill(false),
    ignored: [],
  };
  for (const id of Object.keys(answers)) if (!indexed.questionIndex.has(id)) state.ignored.push(id);
  for (const i of indexed.order) {
    const q = indexed.questions[i]!;
    // An id that is also an Object.prototype property ("constructor") is an answer only when the answers own it.
    const value = q.inheritedName && !Object.hasOwn(answers, q.id) ? undefined : answers[q.id];
    state.values[i] = value;
    if (!isUnanswered(q.question, value)) {
      const c = q.creditOf(value);
      if (c === undefined) state.ignored.push(q.id);
      else {
        state.credits[i] = c;
        state.answered[i] = true;
      }
    }
    const p = q.parent;
    state.applicable[i] = p < 0 || (state.applicable[p]! && state.answered[p]! && matchesAny(q.showIn, state.values[p]));
  }
  state.ignored.sort();
  return state;
}

/** Applicability of every question, by id. */
export function applicability(version: TNormalizedQuestionnaire, answers: Readonly<TAnswers>): Record<string, boolean> {
  const indexed = indexVersion(version);
  const state = readAnswerState(indexed, answers);
  return Object.fromEntries(indexed.questions.map((q) => [q.id, state.applicable[q.index]!]));
}

/** Ids of the applicable questions, in file order. */
export function applicableQuestionIds(version: TNormalizedQuestionnaire, answers: Readonly<TAnswers>): string[] {
  const indexed = indexVersion(version);
  const state = readAnswerState(indexed, answers);
  return indexed.questions.filter((q) => state.applicable[q.index]).map((q) => q.id);
}
