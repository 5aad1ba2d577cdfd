import { responds } from "@/lib/api/typed-response";
import { attachmentDisposition } from "@/lib/evidence/file-names";
import { defineRoute } from "@/lib/server/entry/define-route";
import { ZEvidenceRemoved } from "@/lib/server/evidence/evidence-responses";
import { readEvidenceFile } from "@/lib/server/evidence/read-evidence-file";
import { removeEvidence } from "@/lib/server/evidence/remove-evidence";

/**
 * Downloads an uploaded document, typed by its detected content. `?view=inline` serves a PDF or an
 * image for preview inside our own pages (reviewers read evidence beside the answer); anything else
 * is always an attachment.
 */
export const GET = defineRoute<{ evidenceId: string }>(async ({ actor, params, request }) => {
  const file = await readEvidenceFile(actor, params.evidenceId);
  const inline = request.nextUrl.searchParams.get("view") === "inline" && (file.mimeType === "application/pdf" || file.mimeType.startsWith("image/"));
  return new Response(file.stream, {
    headers: {
      "Content-Type": file.mimeType,
      "Content-Length": String(file.size),
      "Content-Disposition": inline ? "inline" : attachmentDisposition(file.fileName),
      "X-Content-Type-Options": "nosniff",
      // Evidence may be confidential: no shared caches. Inline previews may be framed by our pages only;
      // downloads run nothing at all.
      "Cache-Control": "private, no-store",
      "X-Frame-Options": inline ? "SAMEORIGIN" : "DENY",
      "Content-Security-Policy": inline ? "frame-ancestors 'self'" : "default-src 'none'; sandbox; frame-ancestors 'none'",
    },
  });
});

export const DELETE = defineRoute<{ evidenceId: string }>(async ({ actor, params }) =>
  responds(ZEvidenceRemoved, { removed: await removeEvidence(actor, params.evidenceId) }),
);
