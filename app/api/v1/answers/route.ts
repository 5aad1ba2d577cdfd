import { defineRoute } from "@/lib/server/entry/define-route";
import { answersCsv, answersXlsx, exportAnswers, ZExportQuery } from "@/lib/server/exports/export-answers";
import { exportResponse } from "@/lib/server/exports/export-response";

/** GET /api/v1/answers?cycle=<id>&format=json|csv|xlsx: every answer the caller may see in full. */
export const GET = defineRoute(async ({ actor, request }) => {
  const query = ZExportQuery.parse(Object.fromEntries(request.nextUrl.searchParams));
  const data = await exportAnswers(actor, query.cycle);
  if (query.format === "json") return data;
  return exportResponse("answers", data.cycle.name, query.format, query.format === "csv" ? answersCsv(data) : await answersXlsx(data));
});
