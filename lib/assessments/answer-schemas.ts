import { z } from "zod";

/**
 * Saving one answer. The value itself is checked against its question's own schema
 * (answerSchemaFor) once the question is known; null clears the answer.
 */
export const ZSaveAnswer = z.object({
  value: z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.null()]),
  /** The revision the client last saw (0 when it saw no answer): a mismatch is a conflict. */
  revision: z.number().int().min(0),
  comment: z.string().max(4000).nullish(),
});
export type TSaveAnswer = z.infer<typeof ZSaveAnswer>;

export const ZConfirmCarried = z.object({ questionIds: z.array(z.string()).min(1) });
