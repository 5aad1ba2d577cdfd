import "server-only";
// The error body every API route answers with (defineRoute maps AppError, zod errors and the rest
// through toActionError), as zod: the OpenAPI document is generated from these.
import { z } from "zod";
import { ZAnswerValue } from "../assessments/assessment-responses";

export const API_ERROR_CODES = [
  "bad-request",
  "unauthenticated",
  "forbidden",
  "not-found",
  "conflict",
  "invalid",
  "too-large",
  "unsupported-media-type",
  "rate-limited",
  "internal",
] as const;

const errorBody = <D extends z.ZodType>(details: D) =>
  z.object({
    error: z.object({
      code: z.enum(API_ERROR_CODES),
      message: z.string().describe("Safe to show to a person"),
      fields: z.record(z.string(), z.string()).optional().describe("Problems keyed by input field or query parameter"),
      details,
    }),
  });

export const ZApiError = errorBody(z.unknown().optional().describe("For conflicts: the current and your value; for submissions: the blocking problems"));

/** 409 of PUT /assessments/{id}/answers/{questionId}: a stale revision, or the assessment cannot be edited now. */
export const ZAnswerConflict = errorBody(
  z
    .union([
      z.object({
        current: z.object({ value: ZAnswerValue, revision: z.number().int(), updatedAt: z.date().nullable(), updatedBy: z.string().nullable() }),
        yours: z.object({ value: ZAnswerValue, revision: z.number().int() }),
      }),
      z.object({ reason: z.string() }),
    ])
    .optional()
    .describe("Both values when someone saved first (reload or resend with current.revision); the reason when the assessment is closed for edits"),
);

/** 422 of a submission: what must be completed first. */
export const ZSubmissionBlocked = errorBody(
  z
    .object({
      problems: z.array(z.object({ questionId: z.string(), pillar: z.string(), kind: z.enum(["unanswered", "evidence-missing", "carried-unconfirmed"]) })),
    })
    .optional(),
);
