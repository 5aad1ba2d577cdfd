import { ZPublicQuery } from "@/lib/server/public/public-query";
import { definePublicRoute } from "@/lib/server/entry/define-public-route";
import { loadPublicResults } from "@/lib/server/public/load-public-results";
import { publicScoresJson } from "@/lib/server/public/public-responses";

/** GET /api/v1/public/scores?cycle=<id>: a published cycle's public results, without sign-in. */
export const GET = definePublicRoute(async ({ request }) => {
  const query = ZPublicQuery.parse(Object.fromEntries(request.nextUrl.searchParams));
  return publicScoresJson(await loadPublicResults(query.cycle), query.locale);
});
