import { responds } from "@/lib/api/typed-response";
import { ZComment } from "@/lib/assessments/review-schemas";
import { defineRoute, readJson } from "@/lib/server/entry/define-route";
import { postComment } from "@/lib/server/review/post-comment";
import { ZCommentPosted } from "@/lib/server/review/review-responses";

/** A message in one answer's thread: a reviewer's note or the country's reply. */
export const POST = defineRoute<{ id: string; questionId: string }>(async ({ actor, request, params }) =>
  responds(ZCommentPosted, { comment: await postComment(actor, params.id, params.questionId, ZComment.parse(await readJson(request))) }),
);
