import { isLocale } from "@/lib/i18n/routing";
import { defineRoute } from "@/lib/server/entry/define-route";
import { loadPlan } from "@/lib/server/plans/load-plan";
import { planXlsx } from "@/lib/server/plans/plan-xlsx";

/** The capacity-building plan as a workbook: ?cycle=&region=&countries=KEN,GHA&locale=fr. Reviewers and admins. */
export const GET = defineRoute(async ({ actor, request }) => {
  const params = request.nextUrl.searchParams;
  const loaded = await loadPlan(actor, { cycle: params.get("cycle") ?? undefined, region: (params.get("region") ?? undefined) as never, countries: params.get("countries") ?? undefined });
  const locale = params.get("locale") ?? "en";
  const body = await planXlsx(loaded, isLocale(locale) ? locale : "en");
  const slug = (loaded.cycle?.name ?? "plan").replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "").toLowerCase();
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="plan-${slug || "cycle"}${loaded.query.region ? `-${loaded.query.region}` : ""}.xlsx"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
