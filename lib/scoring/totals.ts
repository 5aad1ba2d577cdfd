// Scores without the detail: overall, pillars, tier and completion. scoreAssessment builds on these;
// dashboards that rank 194 countries can call scoreTotals alone (several times faster).
import type { TAnswers, TNormalizedQuestionnaire, TPillarKey } from "@/lib/questionnaire/model";
import { readAnswerState } from "./applicability";
import { compileVersion, type TCompiledVersion } from "./compile";
import { splitCentsInto, toCents } from "./rounding";
import { SCORING_RULES_VERSION } from "./rules-version";
import { tally, type TTally } from "./tally";
import { compiledTierFor } from "./tiers";
import type { TCompletion, TPillarScore, TScoreTotal, TScoreTotals } from "./types";
import { acquireWorkArea, releaseWorkArea } from "./work-area";

export function totalOf(score: number, cents: number, maxPoints: number): TScoreTotal {
  return { score, display: cents / 100, maxPoints, fraction: maxPoints > 0 ? score / maxPoints : 0 };
}

// Nothing to answer counts as complete.
const completionOf = (answered: number, applicable: number): TCompletion => ({ answered, applicable, ratio: applicable > 0 ? answered / applicable : 1 });

/**
 * Completion counts applicable questions that are `required`, informational ones included: they
 * are asked and must be answered before submission, even though they earn no points.
 */
export function completion(compiled: TCompiledVersion, counts: TTally): TScoreTotals["completion"] {
  const pillars = {} as Record<TPillarKey, TCompletion>;
  let sumAnswered = 0;
  let sumApplicable = 0;
  for (let k = 0; k < compiled.pillars.length; k++) {
    const answered = counts.requiredAnswered[k]!;
    const applicable = counts.requiredApplicable[k]!;
    pillars[compiled.pillars[k]!.key] = completionOf(answered, applicable);
    sumAnswered += answered;
    sumApplicable += applicable;
  }
  return { answered: sumAnswered, applicable: sumApplicable, ratio: sumApplicable > 0 ? sumAnswered / sumApplicable : 1, pillars };
}

export function pillarScores(compiled: TCompiledVersion, raw: TTally, pillarCents: ArrayLike<number>): Record<TPillarKey, TPillarScore> {
  const pillars = {} as Record<TPillarKey, TPillarScore>;
  for (let k = 0; k < compiled.pillars.length; k++) {
    const p = compiled.pillars[k]!;
    const score = raw.pillars[k]!;
    pillars[p.key] = { id: p.id, key: p.key, score, display: pillarCents[k]! / 100, maxPoints: p.points, fraction: p.points > 0 ? score / p.points : 0 };
  }
  return pillars;
}

export function totalsFrom(compiled: TCompiledVersion, raw: TTally, overallCents: number, pillarCents: ArrayLike<number>): TScoreTotals {
  const version = compiled.version;
  return {
    questionnaire: version.key,
    questionnaireHash: version.hash,
    rulesVersion: SCORING_RULES_VERSION,
    overall: totalOf(raw.overall, overallCents, compiled.maxPoints),
    tier: compiledTierFor(compiled, raw.overall),
    pillars: pillarScores(compiled, raw, pillarCents),
    completion: completion(compiled, raw),
  };
}

/** Overall, pillars, tier and completion only; the same numbers as scoreAssessment. */
export function scoreTotals(version: TNormalizedQuestionnaire, answers: Readonly<TAnswers>): TScoreTotals {
  const compiled = compileVersion(version);
  const area = acquireWorkArea(compiled);
  try {
    const raw = tally(compiled, readAnswerState(compiled, answers, area.state), area.tally);
    const overallCents = toCents(raw.overall);
    const pillarCents = area.shown.pillars;
    splitCentsInto(overallCents, compiled.pillarIndices, raw.pillarFloor, raw.pillarRemainder, pillarCents);
    return totalsFrom(compiled, raw, overallCents, pillarCents);
  } finally {
    releaseWorkArea(area);
  }
}
