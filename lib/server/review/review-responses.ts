import "server-only";
// What the review routes of JSON API v1 answer, as zod: the OpenAPI document is generated from
// these, and the routes check at compile time that what they send fits them.
import { z } from "zod";
import { ANSWER_REVIEW_STATES } from "../../assessments/workflow";
import { ITU_REGIONS } from "../../countries/countries";
import { ZQueueFilter } from "../../assessments/review-schemas";
import { ZAnswerValue, ZAssessmentStatus } from "../assessments/assessment-responses";

const ZReviewState = z.enum(ANSWER_REVIEW_STATES);

/** POST /assessments/{id}/transitions. */
export const ZTransitioned = z.object({ status: ZAssessmentStatus.describe("The assessment's new status") });

/** PUT /assessments/{id}/reviews/{questionId}. */
export const ZVerdictRecorded = z.object({ review: z.object({ questionId: z.string(), state: ZReviewState }) });

/** POST /assessments/{id}/comments/{questionId}. */
export const ZCommentPosted = z.object({ comment: z.object({ id: z.string() }) });

/** GET /assessments/{id}/review. */
export const ZReviewThreads = z.object({
  threads: z
    .record(
      z.string(),
      z.array(
        z.object({
          id: z.string(),
          kind: z.enum(["note", "reply", "query", "adjustment", "accept"]),
          body: z.string(),
          author: z.string().nullable(),
          at: z.iso.datetime(),
        }),
      ),
    )
    .describe("Messages of each answer's thread, oldest first, keyed by question id"),
  verdicts: z
    .record(
      z.string(),
      z.object({ state: ZReviewState, adjustedValue: ZAnswerValue.describe("The reviewer's value when adjusted, else null"), reason: z.string().nullable() }),
    )
    .describe("The current verdict on each reviewed answer, keyed by question id"),
});

/** POST /assessments/{id}/sign-off. */
export const ZSignedOff = z.object({ signOff: z.enum(["confirmed", "disputed"]) });

/** GET /assessments/{id}/audit (JSON). */
export const ZAuditTrail = z.object({
  entries: z.array(
    z.object({
      at: z.date(),
      action: z.string().describe("Such as assessment.submit, answer.queried, thread.reply, evidence.add-link"),
      actor: z.string().describe("The person's name as it was then, or system"),
      actorEmail: z.string().nullable(),
      data: z.record(z.string(), z.unknown()).describe("What the action recorded: from, to, reason, questionId, ..."),
    }),
  ),
});

/** GET /review-queue. */
export const ZReviewQueue = z.object({
  filter: ZQueueFilter,
  cycles: z.array(z.object({ id: z.string(), name: z.string() })).describe("Every cycle, newest first, to filter by"),
  counts: z.record(z.string(), z.number().int()).describe("Submissions per status under the other filters"),
  rows: z.array(
    z.object({
      id: z.string(),
      status: ZAssessmentStatus,
      submittedAt: z.date().nullable(),
      updatedAt: z.date(),
      assigneeId: z.string().nullable(),
      assignee: z.string().nullable().describe("The assigned reviewer's name"),
      overallScore: z.number().nullable(),
      country: z.object({
        iso3: z.string(),
        nameEn: z.string(),
        nameFr: z.string(),
        nameAr: z.string(),
        nameZh: z.string(),
        nameRu: z.string(),
        nameEs: z.string(),
        ituRegion: z.enum(ITU_REGIONS),
      }),
      cycle: z.object({ id: z.string(), name: z.string() }),
    }),
  ),
  nextCursor: z.string().nullable().describe("Pass as ?cursor= for the next page; null on the last page"),
});

/** GET /notifications. */
export const ZNotifications = z.object({
  unread: z.number().int(),
  notifications: z.array(
    z.object({
      id: z.string(),
      userId: z.string(),
      kind: z.enum(["submitted", "returned", "query", "query-answered", "validated", "reopened", "validation-requested", "declined"]),
      assessmentId: z.string().nullable(),
      data: z.record(z.string(), z.unknown()),
      createdAt: z.date(),
      readAt: z.date().nullable(),
    }),
  ),
});

/** POST /notifications/read. */
export const ZNotificationsRead = z.object({ unread: z.literal(0) });
