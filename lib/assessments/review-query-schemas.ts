// Query strings of the review API's GET routes, parsed as bodies are: by zod, errors keyed by parameter.
import { z } from "zod";

/** GET /assessments/{id}/audit: JSON or CSV, optionally only actions starting with a prefix. */
export const ZAuditQuery = z.object({
  format: z.enum(["json", "csv"]).default("json"),
  action: z
    .string()
    .regex(/^[a-z][a-z.-]*$/, "An action or its prefix, such as assessment. or answer.queried")
    .max(100)
    .optional()
    .describe("Only actions starting with this, e.g. assessment. (workflow steps), answer. (verdicts), thread. (messages)"),
});

/** GET /notifications: how many of the newest to list. */
export const ZNotificationsQuery = z.object({ limit: z.coerce.number().int().min(1).max(100).default(30) });
