import { responds } from "@/lib/api/typed-response";
import { ZAssessmentPage } from "@/lib/server/assessments/assessment-responses";
import { listAssessments } from "@/lib/server/assessments/list-assessments";
import { defineRoute } from "@/lib/server/entry/define-route";

const PARAMS = ["cycle", "country", "status", "cursor", "limit"] as const;

/** The assessments the caller may see, a page at a time (?limit= up to 200, default 50; ?cursor= the previous nextCursor). */
export const GET = defineRoute(async ({ actor, request }) => {
  const q = request.nextUrl.searchParams;
  // An empty parameter means no filter, as it always did for ?cycle=.
  const raw = Object.fromEntries(PARAMS.flatMap((k) => (q.get(k) ? [[k, q.get(k)]] : [])));
  return responds(ZAssessmentPage, await listAssessments(actor, raw));
});
