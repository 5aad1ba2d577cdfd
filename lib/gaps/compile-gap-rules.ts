// Gap conditions compiled once per version: ids resolved to indices, `in` lists to key sets, and
// every node one object shape, so evaluating 19 rules per score is a few array reads, with no
// `"question" in cond` probes over differently shaped objects and no id lookups.
import type { TCondition, TGapRule } from "@/lib/questionnaire/format-schema";
import type { TAnswerState } from "@/lib/scoring/applicability";
import { inListKeys, type TCompiledVersion } from "@/lib/scoring/compile";
import { matchesAny } from "@/lib/scoring/show-if";
import type { TGapFlag } from "./evaluate-gap-rules";

const FALSE = 0; // names an unknown question or indicator: never holds, involves nothing
const QUESTION_IN = 1;
const QUESTION_CREDIT_BELOW = 2;
const QUESTION_UNANSWERED = 3;
const INDICATOR_BELOW = 4;
const NOT = 5;
const ALL = 6;
const ANY = 7;

export type TConditionNode = {
  kind: number;
  index: number;
  keys: ReadonlySet<unknown>;
  /** `in` on a lookup question: 1 per slot of the question whose id is in the list (see slot-tables.ts). */
  slotMatch: Uint8Array | null;
  below: number;
  parts: TConditionNode[];
};
export type TCompiledRule = {
  rule: TGapRule;
  node: TConditionNode;
  /** Frozen flags of this rule already built, by the questions behind them (see evaluate-gap-rules.ts). */
  flags: { questions: readonly number[]; flag: TGapFlag }[];
};

const NO_KEYS: ReadonlySet<unknown> = new Set();
const node = (kind: number, index = -1, below = 0, parts: TConditionNode[] = [], keys = NO_KEYS, slotMatch: Uint8Array | null = null): TConditionNode => ({
  kind,
  index,
  keys,
  slotMatch,
  below,
  parts,
});

/** matchesAny(keys, value) for each id a lookup question's answer can be (its value is that id). */
function slotMatches(keys: ReadonlySet<unknown>, ids: readonly string[] | undefined): Uint8Array | null {
  if (!ids) return null;
  const match = new Uint8Array(ids.length + 1); // the last slot (no valid answer) never matches
  ids.forEach((id, k) => (match[k] = matchesAny(keys, id) ? 1 : 0));
  return match;
}

/** Same precedence as the evaluator before it: question (in, creditBelow, else unanswered), indicator, not, all, any. */
export function compileCondition(cond: TCondition, compiled: TCompiledVersion): TConditionNode {
  if ("question" in cond) {
    const i = compiled.questionIndex.get(cond.question);
    if (i === undefined) return node(FALSE);
    if ("in" in cond) {
      const q = compiled.questions[i]!;
      const keys = inListKeys(cond.in, q.question.type);
      return node(QUESTION_IN, i, 0, [], keys, slotMatches(keys, q.creditTable?.keys));
    }
    if ("creditBelow" in cond) return node(QUESTION_CREDIT_BELOW, i, cond.creditBelow);
    return node(QUESTION_UNANSWERED, i);
  }
  if ("indicator" in cond) {
    const k = compiled.indicatorIndex.get(cond.indicator);
    return k === undefined ? node(FALSE) : node(INDICATOR_BELOW, k, cond.scoreBelow);
  }
  if ("not" in cond) return node(NOT, -1, 0, [compileCondition(cond.not, compiled)]);
  if ("all" in cond) return node(ALL, -1, 0, cond.all.map((c) => compileCondition(c, compiled)));
  return node(ANY, -1, 0, cond.any.map((c) => compileCondition(c, compiled)));
}

const SEVERITY_RANK: Record<TGapRule["severity"], number> = { critical: 0, high: 1, medium: 2 };
const cache = new WeakMap<TCompiledVersion, TCompiledRule[]>();

/** The version's rules in the order flags are listed (most severe first, then file order), compiled. */
export function compiledRules(compiled: TCompiledVersion): TCompiledRule[] {
  let rules = cache.get(compiled);
  if (!rules) {
    const ranked = compiled.version.gapRules.map((rule, order) => ({ rule, order, rank: SEVERITY_RANK[rule.severity] }));
    ranked.sort((a, b) => a.rank - b.rank || a.order - b.order);
    cache.set(compiled, (rules = ranked.map(({ rule }) => ({ rule, node: compileCondition(rule.when, compiled), flags: [] }))));
  }
  return rules;
}

/** Whether a compiled condition holds. A question condition only holds for an applicable question. */
export function holds(n: TConditionNode, compiled: TCompiledVersion, state: TAnswerState, earned: ArrayLike<number>): boolean {
  switch (n.kind) {
    case QUESTION_IN:
      if (state.applicable[n.index] !== 1) return false;
      // A lookup answer is its slot's id: the match per slot is known (no valid answer: no match).
      if (n.slotMatch !== null) return n.slotMatch[state.slot[n.index]!] === 1;
      return state.answered[n.index] === 1 && matchesAny(n.keys, state.values[n.index]);
    case QUESTION_CREDIT_BELOW:
      return state.applicable[n.index] === 1 && state.answered[n.index] === 1 && state.credits[n.index]! < n.below;
    case QUESTION_UNANSWERED:
      return state.applicable[n.index] === 1 && state.answered[n.index] !== 1;
    case INDICATOR_BELOW: {
      const ind = compiled.indicators[n.index]!;
      // No verdict on an indicator before any of its scored questions is answered.
      let anyAnswered = false;
      for (let m = 0; m < ind.questions.length && !anyAnswered; m++) {
        const i = ind.questions[m]!;
        anyAnswered = compiled.questions[i]!.scored && state.applicable[i] === 1 && state.answered[i] === 1;
      }
      const fraction = ind.points > 0 ? earned[n.index]! / ind.points : 0;
      return anyAnswered && fraction < n.below;
    }
    case NOT:
      return !holds(n.parts[0]!, compiled, state, earned);
    case ALL:
      for (let k = 0; k < n.parts.length; k++) if (!holds(n.parts[k]!, compiled, state, earned)) return false;
      return true;
    case ANY:
      for (let k = 0; k < n.parts.length; k++) if (holds(n.parts[k]!, compiled, state, earned)) return true;
      return false;
    default:
      return false;
  }
}

/** Question indices behind a condition (duplicates possible), for `triggeredBy`. */
export function involved(n: TConditionNode, compiled: TCompiledVersion, state: TAnswerState, earned: ArrayLike<number>, out: number[]): void {
  switch (n.kind) {
    case QUESTION_IN:
    case QUESTION_CREDIT_BELOW:
    case QUESTION_UNANSWERED:
      out.push(n.index);
      return;
    case INDICATOR_BELOW:
      // Scored, applicable questions short of their best answer are what pulls the indicator down.
      for (const i of compiled.indicators[n.index]!.questions) {
        const q = compiled.questions[i]!;
        if (q.scored && state.applicable[i] === 1 && (state.answered[i] === 0 || state.credits[i]! < q.bestCredit)) out.push(i);
      }
      return;
    case NOT:
      involved(n.parts[0]!, compiled, state, earned, out);
      return;
    case ALL:
      for (const p of n.parts) involved(p, compiled, state, earned, out);
      return;
    case ANY: {
      // When `any` holds, only the parts that hold explain it.
      const all = !holds(n, compiled, state, earned);
      for (const p of n.parts) if (all || holds(p, compiled, state, earned)) involved(p, compiled, state, earned, out);
      return;
    }
  }
}
