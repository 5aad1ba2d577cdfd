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

type TOutcome = { holds: boolean; questions: number[] };

const SEVERITY_RANK: Record<TGapRule["severity"], number> = { critical: 0, high: 1, medium: 2 };
const inKeysCache = new WeakMap<object, Set<string>>();

function inKeys(cond: { in: (string | boolean)[] }, type: string): Set<string> {
  let keys = inKeysCache.get(cond);
  if (!keys) inKeysCache.set(cond, (keys = inListKeys(cond.in, type)));
  return keys;
}

function evaluate(cond: TCondition, ctx: TGapContext): TOutcome {
  const { compiled, state } = ctx;
  if ("question" in cond) {
    const i = compiled.questionIndex.get(cond.question);
    if (i === undefined) return { holds: false, questions: [] };
    const shown = state.applicable[i] === 1;
    const answered = shown && state.answered[i] === 1;
    let holds: boolean;
    if ("in" in cond) holds = answered && matchesAny(inKeys(cond, compiled.questions[i]!.question.type), state.values[i]);
    else if ("creditBelow" in cond) holds = answered && state.credits[i]! < cond.creditBelow;
    else holds = shown && !answered;
    return { holds, questions: [i] };
  }
  if ("indicator" in cond) {
    const k = compiled.indicatorIndex.get(cond.indicator);
    if (k === undefined) return { holds: false, questions: [] };
    const ind = compiled.indicators[k]!;
    // Scored, applicable questions short of their best answer are what pulls the indicator down.
    const shortfall = ind.questions.filter(
      (i) => compiled.questions[i]!.scored && state.applicable[i] === 1 && (state.answered[i] === 0 || state.credits[i]! < compiled.questions[i]!.best.credit),
    );
    const anyAnswered = ind.questions.some((i) => compiled.questions[i]!.scored && state.applicable[i] === 1 && state.answered[i] === 1);
    const fraction = ind.points > 0 ? ctx.indicatorEarned[k]! / ind.points : 0;
    return { holds: anyAnswered && fraction < cond.scoreBelow, questions: shortfall };
  }
  if ("not" in cond) {
    const inner = evaluate(cond.not, ctx);
    return { holds: !inner.holds, questions: inner.questions };
  }
  const parts = ("all" in cond ? cond.all : cond.any).map((c) => evaluate(c, ctx));
  const holds = "all" in cond ? parts.every((p) => p.holds) : parts.some((p) => p.holds);
  // When `any` holds, only the parts that hold explain it.
  const explaining = "any" in cond && holds ? parts.filter((p) => p.holds) : parts;
  return { holds, questions: explaining.flatMap((p) => p.questions) };
}

/** Flags of every rule that holds, most severe first, then in file order. */
export function evaluateGapRulesInContext(ctx: TGapContext): TGapFlag[] {
  const rules = ctx.compiled.version.gapRules;
  const flags: { rank: number; order: number; flag: TGapFlag }[] = [];
  rules.forEach((rule, order) => {
    const outcome = evaluate(rule.when, ctx);
    if (!outcome.holds) return;
    const triggeredBy = [...new Set(outcome.questions)].sort((a, b) => a - b).map((i) => ctx.compiled.questions[i]!.id);
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
  return evaluate(cond, { compiled, state, indicatorEarned: indicatorEarned(compiled, state) }).holds;
}
