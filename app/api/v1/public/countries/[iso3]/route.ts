import { ZIso3Param } from "@/lib/assessments/publication";
import { ZPublicQuery } from "@/lib/server/public/public-query";
import { definePublicRoute } from "@/lib/server/entry/define-public-route";
import { loadPublicCountry } from "@/lib/server/public/load-public-country";
import { publicCountryJson } from "@/lib/server/public/public-responses";

/** GET /api/v1/public/countries/{iso3}?cycle=<id>: a country's public profile; 404 unless published. */
export const GET = definePublicRoute<{ iso3: string }>(async ({ request, params }) => {
  const query = ZPublicQuery.parse(Object.fromEntries(request.nextUrl.searchParams));
  return publicCountryJson(await loadPublicCountry(ZIso3Param.parse(params.iso3), query.cycle), query.locale);
});
