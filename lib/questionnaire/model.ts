// The normalized questionnaire version: what scoring, forms and the database work with.
// Built from a validated file by normalize.ts; every number here is derived, never hand-typed.
import type { TGapRule, TIndicatorStages, TLocalizedText, TQuestion } from "./format-schema";
import type { TPillarId } from "./constants";

export const POINTS_PER_PILLAR = 20;

export type TNormalizedQuestion = TQuestion & {
  pillar: TPillarId;
  indicator: string;
  /** Position in the version, 0-based, in file order. */
  index: number;
  /** Effective points of this question in the overall 0-100 score (0 for informational). */
  points: number;
  /** Whether the question can earn credit at all. */
  scored: boolean;
};

export type TNormalizedIndicator = {
  id: string;
  pillar: TPillarId;
  title: TLocalizedText;
  description?: TLocalizedText;
  weight: number;
  /** Effective points of the indicator in the overall score. */
  points: number;
  questionIds: string[];
  /** What reaches each maturity stage (absent in editions without stages). */
  stages?: TIndicatorStages;
};

export type TNormalizedPillar = {
  id: TPillarId;
  title: TLocalizedText;
  description?: TLocalizedText;
  points: number;
  indicatorIds: string[];
};

export type TTierRule = { tier: number; min: number; label: TLocalizedText };

export type TNormalizedQuestionnaire = {
  /** `<id>@<version>` */
  key: string;
  id: string;
  version: string;
  status: "draft" | "published";
  /** sha256 of the structure and scoring of the validated file (ids, options, points, weights, conditions), no text. */
  hash: string;
  title: TLocalizedText;
  description?: TLocalizedText;
  disclaimer: TLocalizedText;
  terminology?: TLocalizedText;
  /** Sorted by `min`, highest first. */
  tiers: TTierRule[];
  pillars: TNormalizedPillar[];
  indicators: TNormalizedIndicator[];
  questions: TNormalizedQuestion[];
  questionById: Record<string, TNormalizedQuestion>;
  indicatorById: Record<string, TNormalizedIndicator>;
  gapRules: TGapRule[];
};

/** An answer value as stored and sent over the API. `null`/absent means unanswered. */
export type TAnswerValue = string | number | boolean | string[] | null;
export type TAnswers = Record<string, TAnswerValue | undefined>;
