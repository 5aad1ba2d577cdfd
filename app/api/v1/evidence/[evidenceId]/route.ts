import { attachmentDisposition } from "@/lib/evidence/file-names";
import { defineRoute } from "@/lib/server/entry/define-route";
import { readEvidenceFile } from "@/lib/server/evidence/read-evidence-file";
import { removeEvidence } from "@/lib/server/evidence/remove-evidence";

/** Downloads an uploaded document: always as an attachment, typed by its detected content. */
export const GET = defineRoute<{ evidenceId: string }>(async ({ actor, params }) => {
  const file = await readEvidenceFile(actor, params.evidenceId);
  return new Response(file.stream, {
    headers: {
      "Content-Type": file.mimeType,
      "Content-Length": String(file.size),
      "Content-Disposition": attachmentDisposition(file.fileName),
      "X-Content-Type-Options": "nosniff",
      // Evidence may be confidential: no shared caches, and nothing a browser could run inline.
      "Cache-Control": "private, no-store",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
});

export const DELETE = defineRoute<{ evidenceId: string }>(async ({ actor, params }) => ({ removed: await removeEvidence(actor, params.evidenceId) }));
