import { z } from "zod";

/**
 * Saving one answer. The value itself is checked against its question's own schema
 * (answerSchemaFor) once the question is known; null clears the answer.
 */
/** Where a desk-research answer comes from: a public document, when it was read, and what it says. */
export const ZAnswerSource = z.object({
  url: z.url({ protocol: /^https?$/, error: "Give the web address of the public source (http or https)" }).max(2000),
  title: z.string().trim().min(1, "Name the source, e.g. the law or the agency's page").max(300),
  accessedOn: z.iso.date("Give the day you read the source, like 2026-11-30"),
  excerpt: z.string().trim().max(2000).optional(),
});
export type TAnswerSource = z.infer<typeof ZAnswerSource>;

export const ZSaveAnswer = z.object({
  value: z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.null()]),
  /** The revision the client last saw (0 when it saw no answer): a mismatch is a conflict. */
  revision: z.number().int().min(0),
  comment: z.string().max(4000).nullish(),
  /** Required for desk research (a reviewer answering for a country from public sources). */
  source: ZAnswerSource.optional(),
});
export type TSaveAnswer = z.infer<typeof ZSaveAnswer>;

export const ZConfirmCarried = z.object({ questionIds: z.array(z.string()).min(1) });

/** The focal point confirms drafted (desk-research) answers as they stand. */
export const ZConfirmDrafted = z.object({ questionIds: z.array(z.string().min(1).max(200)).min(1).max(500) });
