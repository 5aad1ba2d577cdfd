// Declarative gap rules -> flags. A question condition only holds for an applicable question:
// a hidden sub-question is neither "no" nor "unanswered".
import type { TCondition, TGapRule } from "@/lib/questionnaire/format-schema";
import type { TAnswers, TNormalizedQuestionnaire } from "@/lib/questionnaire/model";
import { readAnswerState, type TAnswerState } from "@/lib/scoring/applicability";
import { pointsOf } from "@/lib/scoring/points";
import { indexVersion, inListKeys, matchesAny, type TIndexedVersion } from "@/lib/scoring/version-index";
import type { TGapFlag } from "./gap-flag";

export type { TGapFlag } from "./gap-flag";

/** What conditions are evaluated against: the answers read, and the points earned per indicator index. */
type TContext = { indexed: TIndexedVersion; state: TAnswerState; earned: readonly number[] };

const SEVERITY_RANK: Record<TGapRule["severity"], number> = { critical: 0, high: 1, medium: 2 };

// `in` lists as key sets, once per condition object (conditions belong to immutable versions).
const inKeys = new WeakMap<object, { type: string; keys: ReadonlySet<string> }>();
function keysOf(cond: { in: (string | boolean)[] }, type: string): ReadonlySet<string> {
  let kept = inKeys.get(cond);
  if (kept?.type !== type) inKeys.set(cond, (kept = { type, keys: inListKeys(cond.in, type) }));
  return kept.keys;
}

/** Whether a condition holds. Unknown question or indicator ids never hold. */
function holds(cond: TCondition, ctx: TContext): boolean {
  const { indexed, state } = ctx;
  if ("question" in cond) {
    const i = indexed.questionIndex.get(cond.question);
    if (i === undefined || !state.applicable[i]) return false;
    const answered = state.answered[i]!;
    if ("in" in cond) return answered && matchesAny(keysOf(cond, indexed.questions[i]!.question.type), state.values[i]);
    if ("creditBelow" in cond) return answered && state.credits[i]! < cond.creditBelow;
    return !answered;
  }
  if ("indicator" in cond) {
    const k = indexed.indicatorIndex.get(cond.indicator);
    if (k === undefined) return false;
    const ind = indexed.indicators[k]!;
    // No verdict on an indicator before any of its scored questions is answered.
    const anyAnswered = ind.questions.some((i) => indexed.questions[i]!.scored && state.applicable[i] && state.answered[i]);
    const fraction = ind.points > 0 ? ctx.earned[k]! / ind.points : 0;
    return anyAnswered && fraction < cond.scoreBelow;
  }
  if ("not" in cond) return !holds(cond.not, ctx);
  if ("all" in cond) return cond.all.every((c) => holds(c, ctx));
  return cond.any.some((c) => holds(c, ctx));
}

/** The question indices behind a condition (duplicates possible), for `triggeredBy`. */
function involved(cond: TCondition, ctx: TContext, out: number[]): void {
  const { indexed, state } = ctx;
  if ("question" in cond) {
    const i = indexed.questionIndex.get(cond.question);
    if (i !== undefined) out.push(i);
  } else if ("indicator" in cond) {
    const k = indexed.indicatorIndex.get(cond.indicator);
    // Scored, applicable questions short of their best answer are what pulls the indicator down.
    for (const i of k === undefined ? [] : indexed.indicators[k]!.questions) {
      const q = indexed.questions[i]!;
      if (q.scored && state.applicable[i] && (!state.answered[i] || state.credits[i]! < q.best.credit)) out.push(i);
    }
  } else if ("not" in cond) involved(cond.not, ctx, out);
  else if ("all" in cond) for (const c of cond.all) involved(c, ctx, out);
  else {
    // When `any` holds, only the parts that hold explain it.
    const explaining = holds(cond, ctx) ? cond.any.filter((c) => holds(c, ctx)) : cond.any;
    for (const c of explaining) involved(c, ctx, out);
  }
}

/** Flags of every rule that holds, most severe first, then in file order. */
export function flagsFor(indexed: TIndexedVersion, state: TAnswerState, earned: readonly number[]): TGapFlag[] {
  const ctx: TContext = { indexed, state, earned };
  const rules = indexed.version.gapRules.map((rule, order) => ({ rule, order })).filter(({ rule }) => holds(rule.when, ctx));
  rules.sort((a, b) => SEVERITY_RANK[a.rule.severity] - SEVERITY_RANK[b.rule.severity] || a.order - b.order);
  return rules.map(({ rule }) => {
    const questions: number[] = [];
    involved(rule.when, ctx, questions);
    const triggeredBy = [...new Set(questions)].sort((a, b) => a - b).map((i) => indexed.questions[i]!.id);
    return { id: rule.id, severity: rule.severity, message: rule.message, action: rule.action, reference: rule.reference, triggeredBy };
  });
}

/** Gap flags for a set of answers (scoreAssessment includes them; this is for callers needing only flags). */
export function evaluateGapRules(version: TNormalizedQuestionnaire, answers: Readonly<TAnswers>): TGapFlag[] {
  const indexed = indexVersion(version);
  const state = readAnswerState(indexed, answers);
  return flagsFor(indexed, state, pointsOf(indexed, state).indicators);
}

/** Whether one condition holds for a set of answers (used by rule editors and tests). */
export function conditionHolds(version: TNormalizedQuestionnaire, answers: Readonly<TAnswers>, cond: TCondition): boolean {
  const indexed = indexVersion(version);
  const state = readAnswerState(indexed, answers);
  return holds(cond, { indexed, state, earned: pointsOf(indexed, state).indicators });
}
