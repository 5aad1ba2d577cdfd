import { questionnairePdf } from "@/lib/server/assessments/questionnaire-pdf";
import { downloadResponse } from "@/lib/server/exports/download-response";
import { defineRoute } from "@/lib/server/entry/define-route";

/** The printable questionnaire as a PDF (?locale=fr): every question the caller may read, with tick boxes. */
export const GET = defineRoute<{ id: string }>(async ({ actor, request, params }) => {
  const { pdf, fileName } = await questionnairePdf(actor, params.id, request.nextUrl.searchParams.get("locale"));
  return downloadResponse(fileName, "pdf", pdf);
});
