// The questionnaire file format: what experts write in questionnaires/*.yaml.
// Pure zod, no I/O. The loader parses YAML and hands the object to ZQuestionnaireFile.
// Objects are strict so that a misspelt key is reported instead of silently dropped.
import { z } from "zod";
import { DEFAULT_SCALE_CREDITS, LANGUAGES, PILLAR_IDS, SCALE_VALUES, type TLanguage, type TPillarId, type TScaleValue } from "./constants";

// The constants live in a module without zod, so browser code that needs a pillar id or the scale
// does not download zod; they are re-exported here for everything else.
export { DEFAULT_SCALE_CREDITS, LANGUAGES, PILLAR_IDS, SCALE_VALUES };
export type { TLanguage, TPillarId, TScaleValue };

/** English is the source language, written in the edition file; the others live in its translation files. */
export const REQUIRED_LANGUAGES = ["en"] as const satisfies readonly TLanguage[];

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be kebab-case (lowercase letters, digits and single hyphens)");

/**
 * Visible text: English required; the other UN languages come from the translation files (or are
 * written inline in small files). A missing language falls back to English; `questionnaire validate`
 * fails while a published edition has any string untranslated.
 */
export const ZLocalizedText = z.strictObject({
  en: z.string().trim().min(1, "English text is required"),
  fr: z.string().trim().min(1).optional(),
  ar: z.string().trim().min(1).optional(),
  zh: z.string().trim().min(1).optional(),
  ru: z.string().trim().min(1).optional(),
  es: z.string().trim().min(1).optional(),
});
export type TLocalizedText = z.infer<typeof ZLocalizedText>;

const credit = z.number().min(0, "credit must be at least 0").max(1, "credit must be at most 1");
const weight = z.number().min(0, "weight must be at least 0").max(100, "weight must be at most 100");

export const ZOption = z.strictObject({
  id: slug,
  label: ZLocalizedText,
  credit: credit.default(0),
});

export const ZReference = z.strictObject({
  label: z.string().min(1),
  url: z.url().optional(),
});

/** Skip logic: the question is shown only when `question` (earlier in the file) has one of `in`. */
export const ZShowIf = z.strictObject({
  question: slug,
  in: z.array(z.union([z.string(), z.boolean()])).min(1),
});

const questionBase = {
  id: slug,
  text: ZLocalizedText,
  guidance: ZLocalizedText.optional(),
  evidenceExamples: ZLocalizedText.optional(),
  /** Relative weight within its indicator; points are derived (each pillar is worth 20). */
  weight: weight.default(1),
  /** Informational questions are asked but earn no credit. */
  informational: z.boolean().default(false),
  evidence: z.enum(["none", "link", "document", "either"]).default("none"),
  required: z.boolean().default(true),
  showIf: ZShowIf.optional(),
  references: z.array(ZReference).default([]),
};

export const ZQuestion = z.discriminatedUnion("type", [
  z.strictObject({ ...questionBase, type: z.literal("yes-no") }),
  z.strictObject({
    ...questionBase,
    type: z.literal("scale"),
    // Key by key rather than `.partial()`, which would drop the strictness that catches misspelt scale values.
    credits: z
      .strictObject({
        "in-place": credit.optional(),
        "partially-in-place": credit.optional(),
        "in-progress": credit.optional(),
        "not-in-place": credit.optional(),
      })
      .optional(),
  }),
  z.strictObject({ ...questionBase, type: z.literal("single-choice"), options: z.array(ZOption).min(2) }),
  z.strictObject({
    ...questionBase,
    type: z.literal("multiple-choice"),
    options: z.array(ZOption).min(1),
    /** Ticked elements add their credit up to this cap. */
    maxCredit: credit.default(1),
  }),
  z.strictObject({
    ...questionBase,
    type: z.literal("number"),
    min: z.number().optional(),
    max: z.number().optional(),
    unit: ZLocalizedText.optional(),
    /** Credit once the answer reaches `atLeast` (highest matching step wins); none means informational. */
    steps: z.array(z.strictObject({ atLeast: z.number(), credit })).optional(),
  }),
  z.strictObject({ ...questionBase, type: z.literal("text"), maxLength: z.number().int().positive().default(2000) }),
  z.strictObject({ ...questionBase, type: z.literal("date") }),
]);
export type TQuestionFile = z.input<typeof ZQuestion>;
export type TQuestion = z.output<typeof ZQuestion>;

/** One answer a stage needs: the question (of the same indicator) answered with one of `in`. */
const ZAnswerIn = z.strictObject({ question: slug, in: z.array(z.union([z.string(), z.boolean()])).min(1) });
/** What a stage needs: one answer, or any one of several. Kept this plain so a plan can say it in words. */
export const ZStageRequirement = z.union([ZAnswerIn, z.strictObject({ any: z.array(ZAnswerIn).min(2) })]);
export type TStageRequirement = z.infer<typeof ZStageRequirement>;

/**
 * The maturity stages of an indicator (CMM style): each stage is reached when all its requirements and
 * those of every stage below it hold; start-up is where every indicator begins. Stages sit beside the
 * points and never change them, so they are left out of the version's structure hash.
 */
export const ZIndicatorStages = z.strictObject({
  formative: z.array(ZStageRequirement).min(1),
  established: z.array(ZStageRequirement).min(1),
  strategic: z.array(ZStageRequirement).min(1),
  dynamic: z.array(ZStageRequirement).min(1),
});
export type TIndicatorStages = z.infer<typeof ZIndicatorStages>;

export const ZIndicator = z.strictObject({
  id: slug,
  title: ZLocalizedText,
  description: ZLocalizedText.optional(),
  weight: weight.default(1),
  stages: ZIndicatorStages.optional(),
  questions: z.array(ZQuestion).min(1),
});

export const ZPillar = z.strictObject({
  id: z.enum(PILLAR_IDS),
  title: ZLocalizedText,
  description: ZLocalizedText.optional(),
  indicators: z.array(ZIndicator).min(1),
});

/** A condition over answers that a reviewer can read. Question conditions are false while unanswered. */
export type TCondition =
  | { question: string; in: (string | boolean)[] }
  | { question: string; creditBelow: number }
  | { question: string; unanswered: true }
  | { indicator: string; scoreBelow: number }
  | { all: TCondition[] }
  | { any: TCondition[] }
  | { not: TCondition };

export const ZCondition: z.ZodType<TCondition> = z.lazy(() =>
  z.union([
    z.strictObject({ question: slug, in: z.array(z.union([z.string(), z.boolean()])).min(1) }),
    z.strictObject({ question: slug, creditBelow: credit }),
    z.strictObject({ question: slug, unanswered: z.literal(true) }),
    z.strictObject({ indicator: slug, scoreBelow: credit }),
    z.strictObject({ all: z.array(ZCondition).min(1) }),
    z.strictObject({ any: z.array(ZCondition).min(1) }),
    z.strictObject({ not: ZCondition }),
  ]),
);

export const ZGapRule = z.strictObject({
  id: slug,
  severity: z.enum(["critical", "high", "medium"]),
  when: ZCondition,
  message: ZLocalizedText,
  action: ZLocalizedText,
  reference: z.string().min(1),
});
export type TGapRule = z.infer<typeof ZGapRule>;

export const ZTier = z.strictObject({
  tier: z.number().int().min(1).max(9),
  min: z.number().min(0).max(100),
  label: ZLocalizedText,
});

export const ZQuestionnaireFile = z.strictObject({
  $schema: z.string().optional(),
  id: slug,
  version: z.string().regex(/^[0-9A-Za-z.-]+$/, "version may hold letters, digits, dots and hyphens"),
  status: z.enum(["draft", "published"]),
  title: ZLocalizedText,
  description: ZLocalizedText.optional(),
  /** Shown on every page: modelled on the GCI, not an official ITU instrument. */
  disclaimer: ZLocalizedText,
  /** Which word the edition uses for "cybersecurity" and why (shown on its About page). */
  terminology: ZLocalizedText.optional(),
  tiers: z.array(ZTier).min(2),
  pillars: z.array(ZPillar).length(5, "a questionnaire has exactly the five pillars"),
  gapRules: z.array(ZGapRule).default([]),
});
export type TQuestionnaireFileInput = z.input<typeof ZQuestionnaireFile>;
export type TQuestionnaireFile = z.output<typeof ZQuestionnaireFile>;

/** Crosswalk between two versions of one questionnaire: every question of `from` is mapped. */
export const ZCrosswalkEntry = z.strictObject({
  from: z.array(slug).default([]),
  to: z.array(slug).default([]),
  relation: z.enum(["same", "reworded", "split", "merged", "new", "dropped", "moved", "reweighted"]),
  note: ZLocalizedText.optional(),
});
export const ZCrosswalkFile = z.strictObject({
  $schema: z.string().optional(),
  questionnaire: slug,
  from: z.string(),
  to: z.string(),
  entries: z.array(ZCrosswalkEntry).min(1),
});
export type TCrosswalkFile = z.output<typeof ZCrosswalkFile>;
