import "server-only";
// What the assessment routes of JSON API v1 answer, as zod: the OpenAPI document is generated from
// these, and the routes check at compile time that what they send fits them.
import { z } from "zod";
import { ZScoreSummary } from "../../assessments/stored-score";
import { ASSESSMENT_STATUSES, type TAssessmentStatus } from "../../authz/assessment-rules";
import { DECLARED_STAGES, MATURITY_STAGES } from "../../questionnaire/constants";

export const ZAssessmentStatus = z.enum(ASSESSMENT_STATUSES as readonly TAssessmentStatus[] as [TAssessmentStatus, ...TAssessmentStatus[]]);
export const ZScoreBasis = z
  .enum(["self-reported", "validated"])
  .describe("Which score single-number views show: validated once a reviewer has validated, else self-reported");

/** A stored answer: yes/no, a scale level or an option id (text), a number, option ids, or null (unanswered). */
export const ZAnswerValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.null()]);

export const ZCycleRef = z.object({ id: z.string(), name: z.string(), opensAt: z.date(), closesAt: z.date() });

const ZHeadline = ZScoreSummary.pick({ overall: true, tier: true, pillars: true });

/** One row of GET /assessments. */
export const ZAssessmentSummary = z.object({
  id: z.string(),
  countryIso3: z.string().describe("ISO 3166-1 alpha-3"),
  status: ZAssessmentStatus,
  updatedAt: z.date(),
  submittedAt: z.date().nullable(),
  cycle: ZCycleRef,
  score: ZHeadline.extend({ basis: ZScoreBasis }).nullable().describe("The score of record as single-number views show it; null until first scored"),
});

export const ZAssessmentPage = z.object({
  assessments: z.array(ZAssessmentSummary),
  nextCursor: z.string().nullable().describe("Pass as ?cursor= for the next page; null on the last page"),
});

export const ZTierStability = z.object({
  overall: z.number(),
  tier: z.number().int(),
  tierMin: z.number(),
  nextTier: z.object({ tier: z.number().int(), min: z.number(), pointsNeeded: z.number() }).nullable(),
  pointsAboveTierMin: z.number(),
  nearestBoundary: z.number().nullable(),
  weightVariation: z.number(),
  holds: z.boolean().describe("The tier is unchanged for every combination of pillar weights varied by the weightVariation"),
  tierRange: z.object({ best: z.number().int(), worst: z.number().int() }),
  overallRange: z.object({ min: z.number(), max: z.number() }),
});

const ZStageAnswer = z.object({ question: z.string(), in: z.array(z.string()).describe('Answer values, as stored (yes/no as "yes" and "no")') });

export const ZIndicatorMaturity = z.object({
  indicator: z.string(),
  pillar: z.string(),
  stage: z.enum(MATURITY_STAGES).nullable().describe("Null while none of the indicator's questions is answered"),
  next: z
    .object({
      stage: z.enum(DECLARED_STAGES),
      missing: z.array(z.union([ZStageAnswer, z.object({ any: z.array(ZStageAnswer) })])).describe("The answers the next stage still needs"),
    })
    .nullable()
    .describe("Null at the top stage"),
});

/** GET /assessments/{id}. */
export const ZAssessmentDocument = z.object({
  id: z.string(),
  country: z.string().describe("ISO 3166-1 alpha-3"),
  cycle: ZCycleRef,
  questionnaire: z.string().describe("<id>@<version> of the questionnaire edition"),
  status: ZAssessmentStatus,
  submittedAt: z.date().nullable(),
  answers: z
    .record(
      z.string(),
      z.object({ value: ZAnswerValue, revision: z.number().int(), comment: z.string().nullable(), carriedForward: z.boolean(), updatedAt: z.date() }),
    )
    .describe("Keyed by question id; only the pillars the caller may read"),
  score: z.object({
    basis: ZScoreBasis,
    selfReported: ZScoreSummary,
    validated: ZScoreSummary.nullable().describe("Null until a reviewer has acted"),
    tierStability: ZTierStability.describe("Of the score basis names: distance to the tier boundaries and whether varied pillar weights keep the tier"),
    maturity: z
      .array(ZIndicatorMaturity)
      .describe("Maturity stage of each indicator (start-up to dynamic), from the answers of the score basis; only the pillars the caller may read"),
    questionnaireHash: z.string(),
    rulesVersion: z.string(),
  }),
});

/** PUT /assessments/{id}/answers/{questionId}. */
export const ZSavedAnswer = z.object({
  answer: z.object({
    questionId: z.string(),
    value: ZAnswerValue,
    revision: z.number().int().describe("Send this revision with the next save of this answer"),
    updatedAt: z.date(),
    unchanged: z.boolean().describe("True when the stored value already was this one (a retry)"),
  }),
});

/** POST /assessments/{id}/submit. */
export const ZSubmitted = z.object({ status: z.literal("submitted") });

const ZWorkbookCell = z.object({ sheet: z.string(), row: z.number().int(), questionId: z.string() });

/** POST /assessments/{id}/workbook. */
export const ZWorkbookImport = z.object({
  changed: z.array(ZWorkbookCell.extend({ value: ZAnswerValue, comment: z.string().nullable(), revision: z.number().int() })),
  unchanged: z.number().int(),
  invalid: z.array(ZWorkbookCell.extend({ reason: z.string() })),
  conflicts: z
    .array(ZWorkbookCell.extend({ mine: ZAnswerValue, theirs: ZAnswerValue, theirRevision: z.number().int() }))
    .describe("Answers saved after the export: never overwritten"),
  applied: z.boolean(),
  saved: z.number().int(),
});

/** POST /assessments/{id}/public-consent. */
export const ZPublicConsentSet = z.object({
  publicConsentAt: z.date().nullable().describe("When the focal point agreed to publication; null once withdrawn"),
});

/** POST /assessments/{id}/drafted/confirm. */
export const ZDraftedConfirmed = z.object({
  confirmed: z.number().int().describe("Drafted answers confirmed by this call"),
  unconfirmed: z.number().int().describe("Drafted answers still awaiting the country"),
});
