import { defineRoute } from "@/lib/server/entry/define-route";
import { exportScores, scoresCsv, scoresXlsx, ZScoresQuery } from "@/lib/server/scores/export-scores";

/** GET /api/v1/scores?cycle=<id>&format=json|csv|xlsx: overall, pillar, indicator and question scores. */
export const GET = defineRoute(async ({ actor, request }) => {
  const query = ZScoresQuery.parse(Object.fromEntries(request.nextUrl.searchParams));
  const data = await exportScores(actor, query.cycle);
  if (query.format === "json") return data;
  const name = `scores-${data.cycle.name.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "").toLowerCase() || "cycle"}`;
  const headers = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" };
  if (query.format === "csv") {
    return new Response(scoresCsv(data.rows), { headers: { ...headers, "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${name}.csv"` } });
  }
  return new Response(new Uint8Array(await scoresXlsx(data.rows)), {
    headers: { ...headers, "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Content-Disposition": `attachment; filename="${name}.xlsx"` },
  });
});
