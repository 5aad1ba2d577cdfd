import { paramsOf } from "@/lib/api/query-values";
import { downloadName } from "@/lib/exports/download";
import { isLocale } from "@/lib/i18n/routing";
import { downloadResponse } from "@/lib/server/exports/download-response";
import { defineRoute } from "@/lib/server/entry/define-route";
import { loadPlan } from "@/lib/server/plans/load-plan";
import { planXlsx } from "@/lib/server/plans/plan-xlsx";

/** The capacity-building plan as a workbook: ?cycle=&region=&countries=KEN,GHA&locale=fr. Reviewers and admins. */
export const GET = defineRoute(async ({ actor, request }) => {
  const loaded = await loadPlan(actor, paramsOf(request.nextUrl));
  const locale = request.nextUrl.searchParams.get("locale") ?? "en";
  const body = await planXlsx(loaded, isLocale(locale) ? locale : "en");
  return downloadResponse(downloadName(["plan", loaded.cycle?.name ?? "cycle", loaded.query.region], "xlsx"), "xlsx", body);
});
