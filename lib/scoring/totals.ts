// Scores without the detail: overall, pillars, tier and completion. scoreAssessment builds on these;
// dashboards that rank 194 countries can call scoreTotals alone (several times faster).
import type { TAnswers, TNormalizedQuestionnaire, TPillarKey } from "@/lib/questionnaire/model";
import { readAnswerState, type TAnswerState } from "./applicability";
import { compileVersion, type TCompiledVersion } from "./compile";
import type { TRawScores } from "./explanation";
import { allocateCentsInto, toCents } from "./rounding";
import { SCORING_RULES_VERSION } from "./rules-version";
import { tierFor } from "./tiers";
import type { TCompletion, TPillarScore, TScoreTotal, TScoreTotals } from "./types";

export function totalOf(score: number, cents: number, maxPoints: number): TScoreTotal {
  return { score, display: cents / 100, maxPoints, fraction: maxPoints > 0 ? score / maxPoints : 0 };
}

export function rawScores(compiled: TCompiledVersion, state: TAnswerState): TRawScores {
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

// Nothing to answer counts as complete.
const completionOf = (answered: number, applicable: number): TCompletion => ({ answered, applicable, ratio: applicable > 0 ? answered / applicable : 1 });

/**
 * Completion counts applicable questions that are `required`, informational ones included: they
 * are asked and must be answered before submission, even though they earn no points.
 */
export function completion(compiled: TCompiledVersion, state: TAnswerState): TScoreTotals["completion"] {
  const answered = new Array<number>(compiled.pillars.length).fill(0);
  const applicable = new Array<number>(compiled.pillars.length).fill(0);
  for (const q of compiled.questions) {
    if (!q.required || state.applicable[q.index] === 0) continue;
    applicable[q.pillar]!++;
    if (state.answered[q.index] === 1) answered[q.pillar]!++;
  }
  const pillars = {} as Record<TPillarKey, TCompletion>;
  let sumAnswered = 0;
  let sumApplicable = 0;
  compiled.pillars.forEach((p, k) => {
    pillars[p.key] = completionOf(answered[k]!, applicable[k]!);
    sumAnswered += answered[k]!;
    sumApplicable += applicable[k]!;
  });
  return { ...completionOf(sumAnswered, sumApplicable), pillars };
}

export function pillarScores(compiled: TCompiledVersion, raw: TRawScores, pillarCents: readonly number[]): Record<TPillarKey, TPillarScore> {
  const pillars = {} as Record<TPillarKey, TPillarScore>;
  compiled.pillars.forEach((p, k) => {
    const score = raw.pillars[k]!;
    pillars[p.key] = { id: p.id, key: p.key, score, display: pillarCents[k]! / 100, maxPoints: p.points, fraction: p.points > 0 ? score / p.points : 0 };
  });
  return pillars;
}

export function totalsFrom(compiled: TCompiledVersion, state: TAnswerState, raw: TRawScores, overallCents: number, pillarCents: readonly number[]): TScoreTotals {
  const version = compiled.version;
  return {
    questionnaire: version.key,
    questionnaireHash: version.hash,
    rulesVersion: SCORING_RULES_VERSION,
    overall: totalOf(raw.overall, overallCents, compiled.maxPoints),
    tier: tierFor(raw.overall, version.tiers),
    pillars: pillarScores(compiled, raw, pillarCents),
    completion: completion(compiled, state),
  };
}

/** Overall, pillars, tier and completion only; the same numbers as scoreAssessment. */
export function scoreTotals(version: TNormalizedQuestionnaire, answers: Readonly<TAnswers>): TScoreTotals {
  const compiled = compileVersion(version);
  const state = readAnswerState(compiled, answers);
  const raw = rawScores(compiled, state);
  const overallCents = toCents(raw.overall);
  const pillarCents = new Array<number>(compiled.pillars.length).fill(0);
  allocateCentsInto(overallCents, compiled.pillarIndices, raw.pillars, pillarCents);
  return totalsFrom(compiled, state, raw, overallCents, pillarCents);
}
