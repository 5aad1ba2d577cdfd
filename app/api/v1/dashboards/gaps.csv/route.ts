import { heatMapCsv } from "@/lib/charts/heat-map";
import { downloadName } from "@/lib/exports/download";
import { ZGapsQuery } from "@/lib/charts/dashboard-queries";
import { paramsOf, parseQuery } from "@/lib/api/query-values";
import { getGapsData } from "@/lib/server/dashboards/get-gaps-data";
import { downloadResponse } from "@/lib/server/exports/download-response";
import { defineRoute } from "@/lib/server/entry/define-route";

/** The gaps heat map (countries x flags) of a cycle as CSV, with the dashboard's visibility rule. */
export const GET = defineRoute(async ({ actor, request }) => {
  const query = parseQuery(ZGapsQuery, paramsOf(request.nextUrl));
  const data = await getGapsData(actor, { ...query, flag: undefined, locale: "en" });
  return downloadResponse(downloadName(["gaps", data.cycle?.name ?? "none"], "csv"), "csv", heatMapCsv(data.map));
});
