// answers + version -> question, indicator, pillar and overall scores, tier, completion, flags,
// explanation and next steps. Pure and deterministic: the browser preview, the server and the CLI
// all call this one function.
import type { TAnswers, TNormalizedQuestionnaire, TPillarKey } from "@/lib/questionnaire/model";
import { evaluateGapRulesInContext } from "@/lib/gaps/evaluate-gap-rules";
import { readAnswerState, type TAnswerState } from "./applicability";
import { compileVersion, type TCompiledVersion } from "./compile";
import { buildExplanation, shownCents, type TRawScores } from "./explanation";
import { buildNextSteps } from "./next-steps";
import { tierFor } from "./tiers";
import type { TCompletion, TIndicatorScore, TPillarScore, TQuestionScore, TScoreResult, TScoreTotal } from "./types";

/**
 * Bumped whenever a rule in lib/scoring or lib/gaps changes what a score is, so that stored
 * scores can say which rules produced them.
 */
export const SCORING_RULES_VERSION = "2026.11.1";

export type TScoreOptions = {
  /** Scoring a validated submission rather than a draft: the result is no longer a preview. */
  validated?: boolean;
};

const total = (score: number, cents: number, maxPoints: number): TScoreTotal => ({
  score,
  display: cents / 100,
  maxPoints,
  fraction: maxPoints > 0 ? score / maxPoints : 0,
});

const ratio = (c: { answered: number; applicable: number }): TCompletion => ({
  ...c,
  // Nothing to answer counts as complete.
  ratio: c.applicable > 0 ? c.answered / c.applicable : 1,
});

function rawScores(compiled: TCompiledVersion, state: TAnswerState): TRawScores {
  const questions = new Float64Array(compiled.questions.length);
  const indicators = new Float64Array(compiled.indicators.length);
  const pillars = new Float64Array(compiled.pillars.length);
  for (const q of compiled.questions) {
    const i = q.index;
    if (q.scored && state.applicable[i] === 1 && state.answered[i] === 1) {
      questions[i] = q.points * state.credits[i]!;
      indicators[q.indicator]! += questions[i]!;
    }
  }
  for (const ind of compiled.indicators) pillars[ind.pillar]! += indicators[ind.index]!;
  let overall = 0;
  for (let p = 0; p < pillars.length; p++) overall += pillars[p]!;
  return { questions, indicators, pillars, overall };
}

/**
 * Completion counts applicable questions that are `required`, informational ones included: they
 * are asked and must be answered before submission, even though they earn no points.
 */
function completion(compiled: TCompiledVersion, state: TAnswerState): TScoreResult["completion"] {
  const perPillar = compiled.pillars.map(() => ({ answered: 0, applicable: 0 }));
  for (const q of compiled.questions) {
    if (!q.required || state.applicable[q.index] === 0) continue;
    const c = perPillar[q.pillar]!;
    c.applicable++;
    if (state.answered[q.index] === 1) c.answered++;
  }
  const sum = perPillar.reduce((s, c) => ({ answered: s.answered + c.answered, applicable: s.applicable + c.applicable }), { answered: 0, applicable: 0 });
  return {
    ...ratio(sum),
    pillars: Object.fromEntries(compiled.pillars.map((p, k) => [p.key, ratio(perPillar[k]!)])) as Record<TPillarKey, TCompletion>,
  };
}

export function scoreAssessment(version: TNormalizedQuestionnaire, answers: Readonly<TAnswers>, options: TScoreOptions = {}): TScoreResult {
  const compiled = compileVersion(version);
  const state = readAnswerState(compiled, answers);
  const raw = rawScores(compiled, state);
  const shown = shownCents(compiled, raw);

  const questions: TQuestionScore[] = compiled.questions.map((q) => {
    const i = q.index;
    const counted = state.applicable[i] === 1 && state.answered[i] === 1;
    return {
      id: q.id,
      pillar: compiled.pillars[q.pillar]!.key,
      indicator: compiled.indicators[q.indicator]!.id,
      credit: counted ? state.credits[i]! : null,
      points: raw.questions[i]!,
      display: shown.questions[i]! / 100,
      maxPoints: q.points,
      applicable: state.applicable[i] === 1,
      answered: state.answered[i] === 1,
    };
  });
  const indicators: TIndicatorScore[] = compiled.indicators.map((ind) => ({
    id: ind.id,
    pillar: compiled.pillars[ind.pillar]!.key,
    ...total(raw.indicators[ind.index]!, shown.indicators[ind.index]!, ind.points),
  }));
  const pillars = Object.fromEntries(
    compiled.pillars.map((p, k) => [p.key, { id: p.id, key: p.key, ...total(raw.pillars[k]!, shown.pillars[k]!, p.points) }]),
  ) as Record<TPillarKey, TPillarScore>;

  return {
    questionnaire: version.key,
    questionnaireHash: version.hash,
    rulesVersion: SCORING_RULES_VERSION,
    preview: options.validated !== true,
    overall: total(raw.overall, shown.overall, compiled.maxPoints),
    tier: tierFor(raw.overall, version.tiers),
    pillars,
    indicators,
    questions,
    completion: completion(compiled, state),
    flags: evaluateGapRulesInContext({ compiled, state, indicatorEarned: raw.indicators }),
    explanation: buildExplanation(compiled, shown),
    nextSteps: buildNextSteps(compiled, state),
    ignoredAnswers: state.ignored,
  };
}
