import { responds } from "@/lib/api/typed-response";
import { ZReviewAnswer } from "@/lib/assessments/review-schemas";
import { defineRoute, readJson } from "@/lib/server/entry/define-route";
import { reviewAnswer } from "@/lib/server/review/review-answer";
import { ZVerdictRecorded } from "@/lib/server/review/review-responses";

/** A reviewer's verdict on one answer: accepted, queried (with a comment) or adjusted (value and reason). */
export const PUT = defineRoute<{ id: string; questionId: string }>(async ({ actor, request, params }) =>
  responds(ZVerdictRecorded, { review: await reviewAnswer(actor, params.id, params.questionId, ZReviewAnswer.parse(await readJson(request))) }),
);
