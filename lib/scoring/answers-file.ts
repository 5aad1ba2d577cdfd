// The answers file the CLI scores and templates produce (and an import could reuse):
// { "questionnaire": "<id>@<version>", "country": "KEN", "answers": { "<questionId>": value } }.
import { z } from "zod";

export const ZAnswersFile = z.strictObject({
  $schema: z.string().optional(),
  questionnaire: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*@[0-9A-Za-z.-]+$/, "questionnaire must be <id>@<version>, e.g. five-pillars@2024"),
  country: z.string().regex(/^[A-Z]{3}$/, "country must be an ISO 3166-1 alpha-3 code in capitals, e.g. KEN"),
  /** Values are checked against the questionnaire by validateAnswers; null means unanswered. */
  answers: z.record(z.string(), z.unknown()),
});
export type TAnswersFile = z.infer<typeof ZAnswersFile>;
