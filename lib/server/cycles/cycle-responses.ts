import "server-only";
// What the cycle routes of JSON API v1 answer, as zod: the OpenAPI document is generated from these.
import { z } from "zod";
import { PUBLICATION_RULES } from "../../assessments/publication";

/** POST /cycles/{id}/publication. */
export const ZCyclePublication = z.object({
  publishedAt: z.date().nullable().describe("Null once withdrawn"),
  publicationRule: z.enum(PUBLICATION_RULES),
});

/** PUT /cycles/{id}/validation-deadline. */
export const ZValidationDeadlineSet = z.object({
  validationDeadline: z.date().nullable().describe("The end of the day by which countries confirm desk research; null when none"),
});
