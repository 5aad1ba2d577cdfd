import { responds } from "@/lib/api/typed-response";
import { downloadName } from "@/lib/exports/download";
import { ZExportQuery } from "@/lib/exports/query";
import { downloadResponse } from "@/lib/server/exports/download-response";
import { ZAnswersExport } from "@/lib/server/exports/answers-export-response";
import { answersCsv, answersXlsx, exportAnswers } from "@/lib/server/exports/export-answers";
import { defineRoute } from "@/lib/server/entry/define-route";

/** GET /api/v1/answers?cycle=<id>&format=json|csv|xlsx: every answer the caller may see in full. */
export const GET = defineRoute(async ({ actor, request }) => {
  const query = ZExportQuery.parse(Object.fromEntries(request.nextUrl.searchParams));
  const data = await exportAnswers(actor, query.cycle);
  if (query.format === "json") return responds(ZAnswersExport, data);
  const body = query.format === "csv" ? answersCsv(data) : answersXlsx(data);
  return downloadResponse(downloadName(["answers", data.cycle.name], query.format), query.format, body);
});
