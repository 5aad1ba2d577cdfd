import { z } from "zod";
import { EVIDENCE_FILE_ACCEPT, MAX_EVIDENCE_FILE_BYTES } from "./limits";

export { EVIDENCE_FILE_ACCEPT, MAX_EVIDENCE_FILE_BYTES };

// zod runs refinements even after the URL check failed, so these never assume a parsable URL.
const tryUrl = (u: string) => (URL.canParse(u) ? new URL(u) : null);
const hasCredentials = (u: string) => Boolean(tryUrl(u)?.username || tryUrl(u)?.password);

const URL_HINT = "Enter a web address starting with http:// or https://";

/** Only web links: javascript:, data:, file: and ftp: addresses never reach a reviewer's browser. */
export const ZEvidenceUrl = z
  .string()
  .trim()
  .min(1, URL_HINT)
  .max(2000, "Links are limited to 2000 characters")
  .pipe(z.url({ protocol: /^https?$/, error: URL_HINT }))
  // "https://ministry.example@evil.example" reads as the ministry but goes elsewhere.
  .refine((u) => !hasCredentials(u), "Links must not contain a user name or password")
  // Stored as the browser will open it (punycode host, percent-encoded path), which can only grow.
  .transform((u) => tryUrl(u)?.href ?? u)
  .pipe(z.string().max(2000, "Links are limited to 2000 characters"));

export const ZAddLink = z.object({
  questionId: z.string().min(1).max(200),
  url: ZEvidenceUrl,
  title: z.string().trim().max(200, "Titles are limited to 200 characters").optional(),
});
export type TAddLink = z.infer<typeof ZAddLink>;

/** The server action's input: the link plus the assessment it belongs to. */
export const ZAddLinkAction = ZAddLink.extend({ assessmentId: z.string().min(1).max(100) });

export const ZRemoveEvidence = z.object({ evidenceId: z.string().min(1).max(100) });
