import { responds } from "@/lib/api/typed-response";
import { auditFileName } from "@/lib/features/review/audit-query";
import { ZAuditQuery } from "@/lib/assessments/review-query-schemas";
import { assessmentSummary } from "@/lib/server/assessments/assessment-summary";
import { defineRoute } from "@/lib/server/entry/define-route";
import { auditCsv, auditTrail } from "@/lib/server/review/audit-trail";
import { ZAuditTrail } from "@/lib/server/review/review-responses";

/** The assessment's full history in order: JSON, or ?format=csv as a download; ?action= keeps a prefix. */
export const GET = defineRoute<{ id: string }>(async ({ actor, request, params }) => {
  const query = ZAuditQuery.parse(Object.fromEntries(request.nextUrl.searchParams));
  const filter = { action: query.action };
  if (query.format === "json") return responds(ZAuditTrail, { entries: await auditTrail(actor, params.id, filter) });
  const [rows, assessment] = await Promise.all([auditTrail(actor, params.id, filter), assessmentSummary(actor, params.id)]);
  return new Response(auditCsv(rows), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${auditFileName(assessment.countryIso3, assessment.cycle.name)}"`,
      "X-Content-Type-Options": "nosniff",
      // Who did what to a country's assessment is not for shared caches.
      "Cache-Control": "private, no-store",
    },
  });
});
