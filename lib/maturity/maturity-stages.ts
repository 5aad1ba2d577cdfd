// Maturity stage per indicator (Oxford CMM style), beside the points: the highest stage whose
// requirements hold together with those of every stage below it. Pure: the score of record calls it
// with the answers its headline score is computed from, so every view shows the same stage.
import { DECLARED_STAGES, type TMaturityStage, type TPillarId } from "@/lib/questionnaire/constants";
import type { TStageRequirement } from "@/lib/questionnaire/format-schema";
import type { TAnswers, TNormalizedQuestionnaire } from "@/lib/questionnaire/model";
import { readAnswerState, type TAnswerState } from "@/lib/scoring/applicability";
import { indexVersion, inListKeys, matchesAny, type TIndexedVersion } from "@/lib/scoring/version-index";

export type TIndicatorMaturity = {
  indicator: string;
  pillar: TPillarId;
  /** Null while none of the indicator's questions is answered: no verdict yet, rather than "start-up". */
  stage: TMaturityStage | null;
  /** The stage above and what it still needs (in file order); null at the top stage. */
  next: { stage: TMaturityStage; missing: TStageRequirement[] } | null;
};

type TAnswerIn = { question: string; in: (string | boolean)[] };

function answered(answer: TAnswerIn, indexed: TIndexedVersion, state: TAnswerState): boolean {
  const i = indexed.questionIndex.get(answer.question);
  if (i === undefined || !state.applicable[i] || !state.answered[i]) return false;
  return matchesAny(inListKeys(answer.in, indexed.questions[i]!.question.type), state.values[i]);
}

/** Whether a stage requirement holds: its answer is given, or one of its `any` answers is. */
export function requirementMet(requirement: TStageRequirement, indexed: TIndexedVersion, state: TAnswerState): boolean {
  return "any" in requirement ? requirement.any.some((a) => answered(a, indexed, state)) : answered(requirement, indexed, state);
}

/** The stage of each indicator that declares stages, in file order. */
export function maturityOf(version: TNormalizedQuestionnaire, answers: Readonly<TAnswers>): TIndicatorMaturity[] {
  const indexed = indexVersion(version);
  const state = readAnswerState(indexed, answers);
  return indexed.indicators.flatMap((ind): TIndicatorMaturity[] => {
    const stages = version.indicatorById[ind.id]?.stages;
    if (!stages) return [];
    const pillar = indexed.pillars[ind.pillar]!.id;
    if (!ind.questions.some((i) => state.answered[i])) {
      return [{ indicator: ind.id, pillar, stage: null, next: { stage: DECLARED_STAGES[0], missing: [...stages[DECLARED_STAGES[0]]] } }];
    }
    let stage: TMaturityStage = "start-up";
    for (const candidate of DECLARED_STAGES) {
      const missing = stages[candidate].filter((r) => !requirementMet(r, indexed, state));
      if (missing.length > 0) return [{ indicator: ind.id, pillar, stage, next: { stage: candidate, missing } }];
      stage = candidate;
    }
    return [{ indicator: ind.id, pillar, stage, next: null }];
  });
}

/** How many stages an indicator has climbed (start-up 0 .. dynamic 4), for charts and averages. */
export const stageLevel = (stage: TMaturityStage): number => ["start-up", ...DECLARED_STAGES].indexOf(stage);

const fingerprints = new WeakMap<TNormalizedQuestionnaire, string>();

/**
 * Names the stage definitions of a version (FNV-1a over them): stored scores keep it, so scores are
 * recomputed when stages change, which the structure hash (stages left out) would not notice.
 */
export function stagesFingerprint(version: TNormalizedQuestionnaire): string {
  let kept = fingerprints.get(version);
  if (kept === undefined) {
    const text = JSON.stringify(version.indicators.map((i) => [i.id, i.stages ?? null]));
    let hash = 0x811c9dc5;
    for (let k = 0; k < text.length; k++) hash = Math.imul(hash ^ text.charCodeAt(k), 0x01000193) >>> 0;
    fingerprints.set(version, (kept = hash.toString(16).padStart(8, "0")));
  }
  return kept;
}
