// answers + version -> question, indicator, pillar and overall scores, tier, completion, flags,
// explanation and next steps. Pure and deterministic: the browser preview, the server and the CLI
// all call this one function.
import { flagsFor } from "@/lib/gaps/evaluate-gap-rules";
import type { TAnswers, TNormalizedQuestionnaire } from "@/lib/questionnaire/model";
import { readAnswerState } from "./applicability";
import { buildNextSteps } from "./next-steps";
import { pointsOf, shownCents } from "./points";
import { totalsFrom } from "./totals";
import type { TExplanation, TIndicatorScore, TQuestionScore, TScoreResult } from "./types";
import { indexVersion } from "./version-index";

export { SCORING_RULES_VERSION } from "./rules-version";

export type TScoreOptions = {
  /** Scoring a validated submission rather than a draft: the result is no longer a preview. */
  validated?: boolean;
};

export function scoreAssessment(version: TNormalizedQuestionnaire, answers: Readonly<TAnswers>, options?: TScoreOptions): TScoreResult {
  const indexed = indexVersion(version);
  const state = readAnswerState(indexed, answers);
  const points = pointsOf(indexed, state);
  const shown = shownCents(indexed, points);
  const totals = totalsFrom(indexed, state, points, shown.overall, shown.pillars);

  const questions = indexed.questions.map((q, i): TQuestionScore => {
    const applicable = state.applicable[i]!;
    const answered = state.answered[i]!;
    return {
      id: q.id,
      pillar: q.pillarId,
      indicator: q.question.indicator,
      credit: applicable && answered ? state.credits[i]! : null,
      points: points.questions[i]!,
      display: shown.questions[i]! / 100,
      maxPoints: q.points,
      applicable,
      answered,
    };
  });
  const indicators = indexed.indicators.map((ind, k): TIndicatorScore => {
    const score = points.indicators[k]!;
    return {
      id: ind.id,
      pillar: indexed.pillars[ind.pillar]!.id,
      score,
      display: shown.indicators[k]! / 100,
      maxPoints: ind.points,
      fraction: ind.points > 0 ? score / ind.points : 0,
    };
  });
  // Every contribution at the 2 decimals shown; children add up exactly to their parent.
  const explanation: TExplanation = {
    overall: shown.overall / 100,
    maxPoints: indexed.maxPoints,
    pillars: indexed.pillars.map((p, k) => ({
      pillar: p.id,
      points: shown.pillars[k]! / 100,
      maxPoints: p.maxCents / 100,
      indicators: p.indicators.map((i) => ({
        indicator: indexed.indicators[i]!.id,
        points: shown.indicators[i]! / 100,
        maxPoints: indexed.indicators[i]!.maxCents / 100,
        questions: indexed.indicators[i]!.questions.map((j) => ({
          question: indexed.questions[j]!.id,
          points: shown.questions[j]! / 100,
          maxPoints: indexed.questions[j]!.maxCents / 100,
        })),
      })),
    })),
  };
  return {
    questionnaire: totals.questionnaire,
    questionnaireHash: totals.questionnaireHash,
    rulesVersion: totals.rulesVersion,
    preview: options?.validated !== true,
    overall: totals.overall,
    tier: totals.tier,
    pillars: totals.pillars,
    indicators,
    questions,
    completion: totals.completion,
    flags: flagsFor(indexed, state, points.indicators),
    explanation,
    nextSteps: buildNextSteps(indexed, state),
    ignoredAnswers: state.ignored,
  };
}
