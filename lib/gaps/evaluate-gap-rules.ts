// Declarative gap rules -> flags. A question condition only holds for an applicable question:
// a hidden sub-question is neither "no" nor "unanswered".
import type { TCondition, TGapRule, TLocalizedText } from "@/lib/questionnaire/format-schema";
import type { TAnswers, TNormalizedQuestionnaire } from "@/lib/questionnaire/model";
import { matchesAny, readAnswerState, type TAnswerState } from "@/lib/scoring/applicability";
import { compileVersion, inListKeys, type TCompiledVersion } from "@/lib/scoring/compile";

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


const SEVERITY_RANK: Record<TGapRule["severity"], number> = { critical: 0, high: 1, medium: 2 };
const inKeysCache = new WeakMap<object, Set<string>>();

function inKeys(cond: { in: (string | boolean)[] }, type: string): Set<string> {
  let keys = inKeysCache.get(cond);
  if (!keys) inKeysCache.set(cond, (keys = inListKeys(cond.in, type)));
  return keys;
}

const isShortOfBest = (ctx: TGapContext, i: number) =>
  ctx.compiled.questions[i]!.scored &&
  ctx.state.applicable[i] === 1 &&
  (ctx.state.answered[i] === 0 || ctx.state.credits[i]! < ctx.compiled.questions[i]!.best.credit);

// Whether a condition holds: allocation-free, it runs for every rule of every score.
function holds(cond: TCondition, ctx: TGapContext): boolean {
  const { compiled, state } = ctx;
  if ("question" in cond) {
    const i = compiled.questionIndex.get(cond.question);
    if (i === undefined || state.applicable[i] === 0) return false;
    const answered = state.answered[i] === 1;
    if ("in" in cond) return answered && matchesAny(inKeys(cond, compiled.questions[i]!.question.type), state.values[i]);
    if ("creditBelow" in cond) return answered && state.credits[i]! < cond.creditBelow;
    return !answered;
  }
  if ("indicator" in cond) {
    const k = compiled.indicatorIndex.get(cond.indicator);
    if (k === undefined) return false;
    const ind = compiled.indicators[k]!;
    // No verdict on an indicator before any of its scored questions is answered.
    const anyAnswered = ind.questions.some((i) => compiled.questions[i]!.scored && state.applicable[i] === 1 && state.answered[i] === 1);
    const fraction = ind.points > 0 ? ctx.indicatorEarned[k]! / ind.points : 0;
    return anyAnswered && fraction < cond.scoreBelow;
  }
  if ("not" in cond) return !holds(cond.not, ctx);
  if ("all" in cond) return cond.all.every((c) => holds(c, ctx));
  return cond.any.some((c) => holds(c, ctx));
}

// The questions behind a condition, for `triggeredBy`; only computed for rules that hold.
function involved(cond: TCondition, ctx: TGapContext, out: number[]): void {
  if ("question" in cond) {
    const i = ctx.compiled.questionIndex.get(cond.question);
    if (i !== undefined) out.push(i);
  } else if ("indicator" in cond) {
    const k = ctx.compiled.indicatorIndex.get(cond.indicator);
    // Scored, applicable questions short of their best answer are what pulls the indicator down.
    if (k !== undefined) for (const i of ctx.compiled.indicators[k]!.questions) if (isShortOfBest(ctx, i)) out.push(i);
  } else if ("not" in cond) involved(cond.not, ctx, out);
  else if ("all" in cond) for (const c of cond.all) involved(c, ctx, out);
  else {
    // When `any` holds, only the parts that hold explain it.
    const explaining = holds(cond, ctx) ? cond.any.filter((c) => holds(c, ctx)) : cond.any;
    for (const c of explaining) involved(c, ctx, out);
  }
}

/** Flags of every rule that holds, most severe first, then in file order. */
export function evaluateGapRulesInContext(ctx: TGapContext): TGapFlag[] {
  const rules = ctx.compiled.version.gapRules;
  const flags: { rank: number; order: number; flag: TGapFlag }[] = [];
  rules.forEach((rule, order) => {
    if (!holds(rule.when, ctx)) return;
    const questions: number[] = [];
    involved(rule.when, ctx, questions);
    const triggeredBy = [...new Set(questions)].sort((a, b) => a - b).map((i) => ctx.compiled.questions[i]!.id);
    flags.push({
      rank: SEVERITY_RANK[rule.severity],
      order,
      flag: { id: rule.id, severity: rule.severity, message: rule.message, action: rule.action, reference: rule.reference, triggeredBy },
    });
  });
  return flags.sort((a, b) => a.rank - b.rank || a.order - b.order).map((f) => f.flag);
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
  return holds(cond, { compiled, state, indicatorEarned: indicatorEarned(compiled, state) });
}
