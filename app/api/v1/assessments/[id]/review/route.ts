import { responds } from "@/lib/api/typed-response";
import { defineRoute } from "@/lib/server/entry/define-route";
import { reviewState } from "@/lib/server/review/post-comment";
import { ZReviewThreads } from "@/lib/server/review/review-responses";

/** Threads and verdicts of every answer, keyed by question id. */
export const GET = defineRoute<{ id: string }>(async ({ actor, params }) => responds(ZReviewThreads, await reviewState(actor, params.id)));
