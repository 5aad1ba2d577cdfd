import { defineRoute } from "@/lib/server/entry/define-route";
import { exportResponse } from "@/lib/server/exports/export-response";
import { exportScores, scoresCsv, scoresXlsx, ZScoresQuery } from "@/lib/server/scores/export-scores";

/** GET /api/v1/scores?cycle=<id>&format=json|csv|xlsx: overall, pillar, indicator and question scores. */
export const GET = defineRoute(async ({ actor, request }) => {
  const query = ZScoresQuery.parse(Object.fromEntries(request.nextUrl.searchParams));
  const data = await exportScores(actor, query.cycle);
  if (query.format === "json") return data;
  return exportResponse("scores", data.cycle.name, query.format, query.format === "csv" ? scoresCsv(data.rows) : await scoresXlsx(data.rows));
});
