// Skip logic and the per-question state every score is computed from.
// A sub-question is applicable only when its parent is applicable and answered with a value in
// `showIf.in` (multiple-choice parent: any ticked option in the list).
import type { TAnswers, TNormalizedQuestionnaire } from "@/lib/questionnaire/model";
import { compileVersion, type TCompiledVersion } from "./compile";
import { isUnanswered } from "./credit";
import { otherCredit, slotOf } from "./credit-compiled";
import { matchesAny } from "./show-if";

export type TAnswerState = {
  /** Answer values by question index; only meaningful where `answered` is 1 (valid and present). */
  values: unknown[];
  /** Credit of each valid answer (0 when unanswered; check `answered`). */
  credits: Float64Array;
  answered: Uint8Array;
  applicable: Uint8Array;
  /** Lookup questions: which id of the credit table the answer is (its length: no valid answer); -1 for other questions. */
  slot: Int32Array;
  /** Ids whose values were ignored: unknown questions and invalid values, sorted. */
  ignored: string[];
};

export function newAnswerState(questions: number): TAnswerState {
  return { values: new Array<unknown>(questions), credits: new Float64Array(questions), answered: new Uint8Array(questions), applicable: new Uint8Array(questions), slot: new Int32Array(questions), ignored: [] };
}

/**
 * Reads answers against a compiled version: validity, credit and applicability of every question.
 * Every slot of `into` is rewritten, so scoring can pass buffers it reuses (see work-area.ts).
 */
export function readAnswerState(compiled: TCompiledVersion, answers: Readonly<TAnswers>, into?: TAnswerState): TAnswerState {
  const questions = compiled.questions;
  const n = questions.length;
  const state = into ?? newAnswerState(n);
  const { values, credits, answered, applicable, slot } = state;
  const ignored: string[] = [];
  state.ignored = ignored;

  readValues(compiled, answers, values, ignored);
  const order = compiled.order;
  const { showBase, shows } = compiled.slots;
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    const q = questions[i]!;
    const value = values[i];
    const table = q.creditTable;
    credits[i] = 0;
    answered[i] = 0;
    slot[i] = table === null ? -1 : table.keys.length;
    if (value !== null && value !== undefined && !(q.blankIsUnanswered && isUnanswered(q.question, value))) {
      let c: number | undefined;
      if (table === null) c = otherCredit(q.otherCredit, value);
      else {
        const s = slotOf(table, value);
        if (s >= 0) {
          slot[i] = s;
          c = table.credits[s];
        }
      }
      if (c === undefined) ignored.push(q.id);
      else {
        credits[i] = c;
        answered[i] = 1;
      }
    }
    const p = q.parent;
    if (p < 0) applicable[i] = 1;
    // A lookup parent's slot says whether it shows this question (precomputed matchesAny).
    else if (showBase[i]! >= 0) applicable[i] = applicable[p] === 1 && shows[showBase[i]! + slot[p]!] === 1 ? 1 : 0;
    else applicable[i] = applicable[p] === 1 && answered[p] === 1 && matchesAny(q.showIn, values[p]) ? 1 : 0;
  }
  if (ignored.length > 1) ignored.sort();
  return state;
}

// Marks a question whose key readValues met in `for...in` with the value undefined.
const SEEN_UNDEFINED = Symbol("undefined answer");

/**
 * Values by question index, and the unknown ids (unsorted) into `ignored`. Answers of the usual
 * kind (JSON, object literals: prototype Object.prototype or null, no enumerable property
 * inherited) are walked by key: `for...in` reads each value straight from the object's layout,
 * where `answers[id]` for 88 ids is a lookup in a shape shared by few objects. Whatever the walk
 * does not meet (a non-enumerable property, a name inherited from Object.prototype) is then read as
 * the plain lookup reads it, so the values are the same either way (getters, if any, run in key
 * order rather than file order).
 */
function readValues(compiled: TCompiledVersion, answers: Readonly<TAnswers>, values: unknown[], ignored: string[]): void {
  const questions = compiled.questions;
  const n = questions.length;
  const proto: unknown = Object.getPrototypeOf(answers);
  if ((proto !== Object.prototype && proto !== null) || inheritsEnumerable()) {
    readValuesById(compiled, answers, values, ignored);
    return;
  }
  values.fill(undefined);
  const byId = compiled.questionIndexById;
  let keys = 0;
  let found = 0;
  let unknown: string[] | null = null;
  // Own keys only (nothing enumerable is inherited), in Object.keys order.
  for (const id in answers) {
    keys++;
    const i = byId[id];
    if (i === undefined) (unknown ??= []).push(id);
    else {
      const value = answers[id];
      if (value === undefined) values[i] = SEEN_UNDEFINED;
      else {
        values[i] = value;
        found++;
      }
    }
  }
  if (found < n) {
    for (let i = 0; i < n; i++) {
      if (values[i] === SEEN_UNDEFINED) values[i] = undefined;
      else if (values[i] === undefined) {
        const q = questions[i]!;
        const value = answers[q.id];
        if (value !== undefined && !(q.inheritedName && !Object.hasOwn(answers, q.id))) {
          values[i] = value;
          found++;
        }
      }
    }
  }
  // More keys than answers found: some ids are unknown (or hold undefined); name the unknown ones.
  if (keys > found && unknown !== null) for (const id of unknown) ignored.push(id);
}

function inheritsEnumerable(): boolean {
  for (const _ in Object.prototype) return true;
  return false;
}

/** One lookup per question, in file order; ids that name inherited properties (a question "constructor") are read only when the answers object really holds them. */
function readValuesById(compiled: TCompiledVersion, answers: Readonly<TAnswers>, values: unknown[], ignored: string[]): void {
  const questions = compiled.questions;
  let found = 0;
  for (let i = 0; i < questions.length; i++) {
    const q = questions[i]!;
    const value = answers[q.id];
    if (value === undefined || (q.inheritedName && !Object.hasOwn(answers, q.id))) values[i] = undefined;
    else {
      values[i] = value;
      found++;
    }
  }
  // More keys than answers found: some ids are unknown (or hold undefined); name the unknown ones.
  if (Object.keys(answers).length > found) {
    for (const id of Object.keys(answers)) if (!compiled.questionIndex.has(id)) ignored.push(id);
  }
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
