import { z } from "zod";
import { firstValue } from "../api/query-values";
import { ASSESSMENT_STATUSES, type TAssessmentStatus } from "../authz/assessment-rules";
import { ITU_REGIONS } from "../countries/countries";
import { TRANSITIONS } from "./workflow";

/** A reviewer's verdict on one answer; a query needs a comment, an adjustment a value and a reason. */
export const ZReviewAnswer = z.discriminatedUnion("state", [
  z.object({ state: z.literal("accepted"), comment: z.string().max(4000).optional() }),
  z.object({ state: z.literal("queried"), comment: z.string().trim().min(1, "Write the question for the country").max(4000) }),
  z.object({
    state: z.literal("adjusted"),
    value: z.union([z.string(), z.number(), z.array(z.string())]),
    reason: z.string().trim().min(1, "Explain the adjustment; the country will see it").max(4000),
  }),
]);
export type TReviewAnswer = z.infer<typeof ZReviewAnswer>;

export const ZComment = z.object({ body: z.string().trim().min(1, "Write a message").max(4000) });

export const ZTransition = z.object({
  transition: z.enum(Object.keys(TRANSITIONS) as [keyof typeof TRANSITIONS, ...(keyof typeof TRANSITIONS)[]]),
  reason: z.string().max(4000).optional(),
});

export const ZSignOff = z.discriminatedUnion("decision", [
  z.object({ decision: z.literal("confirmed") }),
  z.object({ decision: z.literal("disputed"), reason: z.string().trim().min(1, "Say what you dispute and why").max(4000) }),
]);
export type TSignOff = z.infer<typeof ZSignOff>;

/**
 * The review queue's status filters, in workflow order: every status but a draft (drafts without an
 * answer are "not-started"), and "open" and "all".
 */
export const QUEUE_STATUSES = ASSESSMENT_STATUSES.filter((s): s is Exclude<TAssessmentStatus, "draft"> => s !== "draft");
export const QUEUE_FILTERS = ["open", "not-started", ...QUEUE_STATUSES, "all"] as ["open", "not-started", ...Exclude<TAssessmentStatus, "draft">[], "all"];
export type TQueueFilter = (typeof QUEUE_FILTERS)[number];

export const ZQueueFilter = z.object({
  cycle: z.string().optional(),
  region: z.string().optional(),
  /**
   * "open": the work waiting for reviewers (submitted or in review); "not-started": drafts without
   * a single answer, where desk research can begin.
   */
  status: z.enum(QUEUE_FILTERS).default("all"),
  assignee: z.enum(["me", "unassigned", "anyone"]).default("anyone"),
  /** The id of the last row of the previous page. */
  cursor: z.string().min(1).max(64).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/**
 * The queue page's query string, which people edit and share: a repeated or unknown value falls back
 * to the default instead of failing the page. The default is the current cycle's open work; `cycle=all`
 * asks for every cycle.
 */
export const ZQueuePageQuery = z.object({
  cycle: z.preprocess(firstValue, z.string().max(64).optional().catch(undefined)),
  region: z.preprocess(firstValue, z.enum(ITU_REGIONS).optional().catch(undefined)),
  status: z.preprocess(firstValue, z.enum(QUEUE_FILTERS).default("open").catch("open")),
  assignee: z.preprocess(firstValue, z.enum(["me", "unassigned", "anyone"]).default("anyone").catch("anyone")),
  cursor: z.preprocess(firstValue, z.string().min(1).max(64).optional().catch(undefined)),
});

/** Several answers accepted at once, with one reason that goes into each answer's thread. */
export const ZAcceptAnswers = z.object({
  questionIds: z
    .array(z.string().min(1).max(120))
    .min(1, "Select at least one answer")
    .max(500)
    .refine((ids) => new Set(ids).size === ids.length, "An answer is selected twice"),
  reason: z.string().trim().min(1, "Say why these answers are accepted (the country will see it)").max(4000),
});
export type TAcceptAnswers = z.infer<typeof ZAcceptAnswers>;
