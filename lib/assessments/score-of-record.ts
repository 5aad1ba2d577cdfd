// The score of record: the one function that turns a questionnaire version, the country's answers,
// the reviewers' adjustments and the assessment's state into the scores every view shows. Pages,
// API, exports, reports, plans, the CLI and the stored columns all come from here, so a number
// never differs between two places. Pure: no I/O.
import type { TAnswers, TAnswerValue, TNormalizedQuestionnaire } from "@/lib/questionnaire/model";
import { isValidated } from "../authz/assessment-rules";
import { scoreAssessment, tierStability, type TScoreResult, type TTierStability } from "@/lib/scoring";
import { maturityOf, stagesFingerprint, type TIndicatorMaturity } from "@/lib/maturity/maturity-stages";

export type TAdjustment = { questionId: string; value: TAnswerValue; reason: string | null };

/** Which of the two scores a single-number view shows: validated once validated, else self-reported. */
export type TScoreBasis = "self-reported" | "validated";

export type TRecordState = {
  status: string;
  /** A reviewer has given at least one verdict (accepted, queried or adjusted) on this assessment. */
  reviewed: boolean;
};

export type TScoreDifference = {
  questionId: string;
  pillar: string;
  before: number;
  after: number;
  reason: string | null;
  selfValue: TAnswerValue | undefined;
  validatedValue: TAnswerValue;
};

export type TScoreOfRecord = {
  /** The country's answers as they stand. */
  selfReported: TScoreResult;
  /** The answers with the reviewers' adjustments applied; null until a reviewer has acted. */
  validated: TScoreResult | null;
  basis: TScoreBasis;
  /** The score a single-number view shows (the one `basis` names). */
  headline: TScoreResult;
  /** Questions whose value or points the reviewers changed, with the reason. */
  differences: TScoreDifference[];
  /** How far the headline score is from the tier boundaries, and whether its tier survives +-10% pillar weights. */
  tierStability: TTierStability;
  /** The maturity stage of each indicator, from the same answers as the headline score. */
  maturity: TIndicatorMaturity[];
  /** Which stage definitions `maturity` comes from (see stagesFingerprint). */
  stagesFingerprint: string;
};

export function validatedAnswers(answers: Readonly<TAnswers>, adjustments: readonly TAdjustment[]): TAnswers {
  const out: TAnswers = { ...answers };
  for (const a of adjustments) out[a.questionId] = a.value;
  return out;
}

export function basisOf(status: string): TScoreBasis {
  return isValidated(status) ? "validated" : "self-reported";
}

export function scoreOfRecord(
  version: TNormalizedQuestionnaire,
  answers: Readonly<TAnswers>,
  adjustments: readonly TAdjustment[],
  state: TRecordState,
): TScoreOfRecord {
  const basis = basisOf(state.status);
  const selfReported = scoreAssessment(version, answers);
  const reviewerActed = state.reviewed || adjustments.length > 0 || basis === "validated";
  const adjusted = reviewerActed ? validatedAnswers(answers, adjustments) : null;
  const validated = adjusted ? scoreAssessment(version, adjusted, { validated: basis === "validated" }) : null;
  const headlineAnswers = basis === "validated" && adjusted ? adjusted : answers;
  return {
    selfReported,
    validated,
    basis,
    headline: basis === "validated" && validated ? validated : selfReported,
    differences: validated ? differencesOf(selfReported, validated, answers, adjustments) : [],
    tierStability: tierStability(version, headlineAnswers),
    maturity: maturityOf(version, headlineAnswers),
    stagesFingerprint: stagesFingerprint(version),
  };
}

function differencesOf(self: TScoreResult, validated: TScoreResult, answers: Readonly<TAnswers>, adjustments: readonly TAdjustment[]): TScoreDifference[] {
  const byQuestion = new Map(adjustments.map((a) => [a.questionId, a]));
  const after = new Map(validated.questions.map((q) => [q.id, q]));
  const out: TScoreDifference[] = [];
  for (const before of self.questions) {
    const adjustment = byQuestion.get(before.id);
    const moved = after.get(before.id);
    if (!adjustment || !moved) continue;
    // An adjustment that restates the country's value and moves no points is not a difference.
    if (Math.abs(before.points - moved.points) <= 1e-9 && JSON.stringify(answers[before.id]) === JSON.stringify(adjustment.value)) continue;
    out.push({
      questionId: before.id,
      pillar: before.pillar,
      before: before.display,
      after: moved.display,
      reason: adjustment.reason,
      selfValue: answers[before.id],
      validatedValue: adjustment.value,
    });
  }
  return out;
}
