// answers + version -> question, indicator, pillar and overall scores, tier, completion, flags,
// explanation and next steps. Pure and deterministic: the browser preview, the server and the CLI
// all call this one function.
import type { TAnswers, TNormalizedQuestionnaire } from "@/lib/questionnaire/model";
import { evaluateGapRulesInContext } from "@/lib/gaps/evaluate-gap-rules";
import { readAnswerState } from "./applicability";
import { compileVersion } from "./compile";
import { buildExplanation, shownCents } from "./explanation";
import { buildNextSteps } from "./next-steps";
import { rawScores, totalsFrom } from "./totals";
import type { TIndicatorScore, TQuestionScore, TScoreResult } from "./types";

export { SCORING_RULES_VERSION } from "./rules-version";

export type TScoreOptions = {
  /** Scoring a validated submission rather than a draft: the result is no longer a preview. */
  validated?: boolean;
};

export function scoreAssessment(version: TNormalizedQuestionnaire, answers: Readonly<TAnswers>, options: TScoreOptions = {}): TScoreResult {
  const compiled = compileVersion(version);
  const state = readAnswerState(compiled, answers);
  const raw = rawScores(compiled, state);
  const shown = shownCents(compiled, raw);

  const questions = new Array<TQuestionScore>(compiled.questions.length);
  for (const q of compiled.questions) {
    const i = q.index;
    const applicable = state.applicable[i] === 1;
    const answered = state.answered[i] === 1;
    questions[i] = {
      id: q.id,
      pillar: compiled.pillars[q.pillar]!.key,
      indicator: compiled.indicators[q.indicator]!.id,
      credit: applicable && answered ? state.credits[i]! : null,
      points: raw.questions[i]!,
      display: shown.questions[i]! / 100,
      maxPoints: q.points,
      applicable,
      answered,
    };
  }
  const indicators = new Array<TIndicatorScore>(compiled.indicators.length);
  for (const ind of compiled.indicators) {
    const score = raw.indicators[ind.index]!;
    indicators[ind.index] = {
      id: ind.id,
      pillar: compiled.pillars[ind.pillar]!.key,
      score,
      display: shown.indicators[ind.index]! / 100,
      maxPoints: ind.points,
      fraction: ind.points > 0 ? score / ind.points : 0,
    };
  }

  const totals = totalsFrom(compiled, state, raw, shown.overall, shown.pillars);
  return {
    questionnaire: totals.questionnaire,
    questionnaireHash: totals.questionnaireHash,
    rulesVersion: totals.rulesVersion,
    preview: options.validated !== true,
    overall: totals.overall,
    tier: totals.tier,
    pillars: totals.pillars,
    indicators,
    questions,
    completion: totals.completion,
    flags: evaluateGapRulesInContext({ compiled, state, indicatorEarned: raw.indicators }),
    explanation: buildExplanation(compiled, shown),
    nextSteps: buildNextSteps(compiled, state),
    ignoredAnswers: state.ignored,
  };
}
