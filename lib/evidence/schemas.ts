// zod/mini: the same validation as zod, tree-shaken to what these schemas use, because the link form
// ships in the pillar page that focal points open on slow connections (about 25 KB less than zod's
// full build). The schemas are still the one definition shared by the form and the server.
import * as z from "zod/mini";
import { EVIDENCE_FILE_ACCEPT, MAX_EVIDENCE_FILE_BYTES } from "./limits";

export { EVIDENCE_FILE_ACCEPT, MAX_EVIDENCE_FILE_BYTES };

// zod runs refinements even after the URL check failed, so these never assume a parsable URL.
const tryUrl = (u: string) => (URL.canParse(u) ? new URL(u) : null);
const hasCredentials = (u: string) => Boolean(tryUrl(u)?.username || tryUrl(u)?.password);

const URL_HINT = "Enter a web address starting with http:// or https://";
const URL_TOO_LONG = "Links are limited to 2000 characters";

/** Only web links: javascript:, data:, file: and ftp: addresses never reach a reviewer's browser. */
export const ZEvidenceUrl = z.pipe(
  z.pipe(
    z.pipe(z.string().check(z.trim(), z.minLength(1, URL_HINT), z.maxLength(2000, URL_TOO_LONG)), z.url({ protocol: /^https?$/, error: URL_HINT })).check(
      // "https://ministry.example@evil.example" reads as the ministry but goes elsewhere.
      z.refine((u) => !hasCredentials(u), "Links must not contain a user name or password"),
    ),
    // Stored as the browser will open it (punycode host, percent-encoded path), which can only grow.
    z.transform((u: string) => tryUrl(u)?.href ?? u),
  ),
  z.string().check(z.maxLength(2000, URL_TOO_LONG)),
);

export const ZAddLink = z.object({
  questionId: z.string().check(z.minLength(1), z.maxLength(200)),
  url: ZEvidenceUrl,
  title: z.optional(z.string().check(z.trim(), z.maxLength(200, "Titles are limited to 200 characters"))),
});
export type TAddLink = z.infer<typeof ZAddLink>;

/** The server action's input: the link plus the assessment it belongs to. */
export const ZAddLinkAction = z.extend(ZAddLink, { assessmentId: z.string().check(z.minLength(1), z.maxLength(100)) });

export const ZRemoveEvidence = z.object({ evidenceId: z.string().check(z.minLength(1), z.maxLength(100)) });
