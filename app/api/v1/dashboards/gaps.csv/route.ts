import { heatMapCsv } from "@/lib/charts/heat-map";
import { paramsOf, parseQuery, ZGapsQuery } from "@/lib/features/dashboards/schemas";
import { getGapsData } from "@/lib/server/dashboards/get-gaps-data";
import { defineRoute } from "@/lib/server/entry/define-route";

/** The gaps heat map (countries x flags) of a cycle as CSV, with the dashboard's visibility rule. */
export const GET = defineRoute(async ({ actor, request }) => {
  const query = parseQuery(ZGapsQuery, paramsOf(request.nextUrl));
  const data = await getGapsData(actor, { ...query, flag: undefined, locale: "en" });
  const name = `gaps-${(data.cycle?.name ?? "none").replace(/[^A-Za-z0-9]+/g, "-").toLowerCase()}.csv`;
  return new Response(heatMapCsv(data.map), {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${name}"`, "Cache-Control": "no-store" },
  });
});
