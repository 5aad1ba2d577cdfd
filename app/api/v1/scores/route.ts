import { responds } from "@/lib/api/typed-response";
import { downloadName } from "@/lib/exports/download";
import { ZExportQuery } from "@/lib/exports/query";
import { downloadResponse } from "@/lib/server/exports/download-response";
import { defineRoute } from "@/lib/server/entry/define-route";
import { exportScores, scoresCsv, scoresXlsx } from "@/lib/server/scores/export-scores";
import { ZScoresExport } from "@/lib/server/scores/scores-export-response";

/** GET /api/v1/scores?cycle=<id>&format=json|csv|xlsx: overall, pillar, indicator and question scores. */
export const GET = defineRoute(async ({ actor, request }) => {
  const query = ZExportQuery.parse(Object.fromEntries(request.nextUrl.searchParams));
  const data = await exportScores(actor, query.cycle);
  if (query.format === "json") return responds(ZScoresExport, data);
  const body = query.format === "csv" ? scoresCsv(data.rows) : scoresXlsx(data.rows);
  return downloadResponse(downloadName(["scores", data.cycle.name], query.format), query.format, body);
});
