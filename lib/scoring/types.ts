// The shape of a score, shared by the live preview, the server, the CLI and the dashboards.
import type { TLocalizedText } from "@/lib/questionnaire/format-schema";
import type { TPillarId } from "@/lib/questionnaire/constants";
import type { TGapFlag } from "@/lib/gaps/gap-flag";

/** A score at one level. `score` is exact; `display` is rounded to 2 decimals and adds up across levels. */
export type TScoreTotal = { score: number; display: number; maxPoints: number; fraction: number };

// Question scores, explanation question nodes and next steps are read-only: callers read results.
export type TQuestionScore = Readonly<{
  id: string;
  pillar: TPillarId;
  indicator: string;
  /** Null unless applicable and answered. */
  credit: number | null;
  /** Points earned (exact). */
  points: number;
  /** Points earned, rounded so that questions add up to the indicator's displayed score. */
  display: number;
  maxPoints: number;
  applicable: boolean;
  /** A valid value is present. Answers to hidden questions are kept but earn nothing. */
  answered: boolean;
}>;

export type TIndicatorScore = TScoreTotal & { id: string; pillar: TPillarId };
export type TPillarScore = TScoreTotal & { id: TPillarId };

export type TTierResult = { tier: number; label: TLocalizedText; min: number };

/** Required, applicable questions: how many have an answer. */
export type TCompletion = { answered: number; applicable: number; ratio: number };

export type TNextStep = Readonly<{
  question: string;
  pillar: TPillarId;
  indicator: string;
  /** Overall points gained by moving this question alone to its best answer (exact). */
  gain: number;
  /** Gain rounded to 2 decimals. */
  display: number;
  answered: boolean;
  /** Current credit (0 when unanswered). */
  credit: number;
  bestAnswer: string | number | readonly string[];
  bestCredit: number;
  /** Sub-questions the best answer would show that are hidden now (their points are not in `gain`). */
  opens: readonly string[];
}>;

export type TExplanationQuestion = Readonly<{ question: string; points: number; maxPoints: number }>;
export type TExplanationIndicator = { indicator: string; points: number; maxPoints: number; questions: TExplanationQuestion[] };
export type TExplanationPillar = { pillar: TPillarId; points: number; maxPoints: number; indicators: TExplanationIndicator[] };
/** Every contribution at 2 decimals; children add up exactly to their parent at that rounding. */
export type TExplanation = { overall: number; maxPoints: number; pillars: TExplanationPillar[] };

/** What dashboards need: the same numbers as the full result, without the detail. */
export type TScoreTotals = {
  /** `<id>@<version>` */
  questionnaire: string;
  questionnaireHash: string;
  rulesVersion: string;
  overall: TScoreTotal;
  tier: TTierResult;
  pillars: Record<TPillarId, TPillarScore>;
  completion: TCompletion & { pillars: Record<TPillarId, TCompletion> };
};

export type TScoreResult = TScoreTotals & {
  /** True unless the caller scored a validated submission. */
  preview: boolean;
  indicators: TIndicatorScore[];
  questions: TQuestionScore[];
  flags: TGapFlag[];
  explanation: TExplanation;
  nextSteps: { overall: TNextStep[]; pillars: Record<TPillarId, TNextStep[]> };
  /** Answers that were ignored: unknown question ids and invalid values (see validateAnswers). */
  ignoredAnswers: string[];
};
