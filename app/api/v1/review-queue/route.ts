import { responds } from "@/lib/api/typed-response";
import { ZQueueFilter } from "@/lib/assessments/review-schemas";
import { defineRoute } from "@/lib/server/entry/define-route";
import { reviewQueue } from "@/lib/server/review/review-queue";
import { ZReviewQueue } from "@/lib/server/review/review-responses";

const PARAMS = ["status", "cycle", "region", "assignee", "cursor", "limit"] as const;

/**
 * Submissions for reviewers, filtered by ?status=&cycle=&region=&assignee=, with counts per status,
 * a page at a time (?limit=, up to 200, default 50; pass the response's nextCursor as ?cursor=).
 */
export const GET = defineRoute(async ({ actor, request }) => {
  const q = request.nextUrl.searchParams;
  // An empty parameter (a form's "any" choice) means no filter, not an invalid value.
  const raw = Object.fromEntries(PARAMS.flatMap((k) => (q.get(k) ? [[k, q.get(k)]] : [])));
  return responds(ZReviewQueue, await reviewQueue(actor, ZQueueFilter.parse(raw)));
});
