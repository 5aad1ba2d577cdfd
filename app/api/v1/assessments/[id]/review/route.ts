import { defineRoute } from "@/lib/server/entry/define-route";
import { reviewState } from "@/lib/server/review/post-comment";

/** Threads and verdicts of every answer, keyed by question id. */
export const GET = defineRoute<{ id: string }>(async ({ actor, params }) => reviewState(actor, params.id));
