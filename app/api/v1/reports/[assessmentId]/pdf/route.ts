import { downloadResponse } from "@/lib/server/exports/download-response";
import { defineRoute } from "@/lib/server/entry/define-route";
import { countryReportPdf } from "@/lib/server/reports/report-pdf";

/** The country report as a PDF (?locale=fr for French); the same visibility as the report page. */
export const GET = defineRoute<{ assessmentId: string }>(async ({ actor, request, params }) => {
  const { pdf, fileName } = await countryReportPdf(actor, params.assessmentId, request.nextUrl.searchParams.get("locale"));
  return downloadResponse(fileName, "pdf", pdf);
});
