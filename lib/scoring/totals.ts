// Scores without the detail: overall, pillars, tier and completion. scoreAssessment builds on
// these; dashboards that rank 194 countries can call scoreTotals alone.
import type { TAnswers, TNormalizedQuestionnaire } from "@/lib/questionnaire/model";
import type { TPillarId } from "@/lib/questionnaire/constants";
import { readAnswerState, type TAnswerState } from "./applicability";
import { pointsOf, type TPoints } from "./points";
import { allocateCents, toCents } from "./rounding";
import { SCORING_RULES_VERSION } from "./rules-version";
import { tierFor } from "./tiers";
import type { TCompletion, TPillarScore, TScoreTotal, TScoreTotals } from "./types";
import { indexVersion, type TIndexedVersion } from "./version-index";

export function totalOf(score: number, cents: number, maxPoints: number): TScoreTotal {
  return { score, display: cents / 100, maxPoints, fraction: maxPoints > 0 ? score / maxPoints : 0 };
}

// Nothing to answer counts as complete.
const completionOf = (answered: number, applicable: number): TCompletion => ({ answered, applicable, ratio: applicable > 0 ? answered / applicable : 1 });

/**
 * Completion counts applicable questions that are `required`, informational ones included: they
 * are asked and must be answered before submission, even though they earn no points.
 */
function completion(indexed: TIndexedVersion, state: TAnswerState): TScoreTotals["completion"] {
  const answered = indexed.pillars.map(() => 0);
  const applicable = indexed.pillars.map(() => 0);
  for (const q of indexed.questions) {
    if (!q.question.required || !state.applicable[q.index]) continue;
    applicable[q.pillar]!++;
    if (state.answered[q.index]) answered[q.pillar]!++;
  }
  const pillars = {} as Record<TPillarId, TCompletion>;
  indexed.pillars.forEach((p, k) => (pillars[p.id] = completionOf(answered[k]!, applicable[k]!)));
  return { ...completionOf(sum(answered), sum(applicable)), pillars };
}

const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

/** The totals of a score whose points and displayed cents (overall, per pillar) are known. */
export function totalsFrom(indexed: TIndexedVersion, state: TAnswerState, points: TPoints, overallCents: number, pillarCents: readonly number[]): TScoreTotals {
  const version = indexed.version;
  const pillars = {} as Record<TPillarId, TPillarScore>;
  indexed.pillars.forEach((p, k) => (pillars[p.id] = { id: p.id, ...totalOf(points.pillars[k]!, pillarCents[k]!, p.points) }));
  return {
    questionnaire: version.key,
    questionnaireHash: version.hash,
    rulesVersion: SCORING_RULES_VERSION,
    overall: totalOf(points.overall, overallCents, indexed.maxPoints),
    tier: tierFor(points.overall, version.tiers),
    pillars,
    completion: completion(indexed, state),
  };
}

/** Overall, pillars, tier and completion only; the same numbers as scoreAssessment. */
export function scoreTotals(version: TNormalizedQuestionnaire, answers: Readonly<TAnswers>): TScoreTotals {
  const indexed = indexVersion(version);
  const state = readAnswerState(indexed, answers);
  const points = pointsOf(indexed, state);
  const overallCents = toCents(points.overall);
  return totalsFrom(indexed, state, points, overallCents, allocateCents(overallCents, points.pillars));
}
