"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/server/entry/define-action";
import { postComment } from "@/lib/server/review/post-comment";
import { acceptAnswers } from "@/lib/server/review/accept-answers";
import { reviewAnswer } from "@/lib/server/review/review-answer";
import { assignReviewer } from "@/lib/server/review/assign-reviewer";
import { signOff } from "@/lib/server/review/sign-off";
import { transitionAssessment } from "@/lib/server/review/transition-assessment";
import { ZAcceptAnswers, ZComment, ZReviewAnswer, ZSignOff, ZTransition } from "../../assessments/review-schemas";

const ref = z.object({ assessmentId: z.string().min(1) });
// Each operation decides who may act (role, country, workflow state).
const byOperation = () => undefined;
const refresh = () => revalidatePath("/[locale]", "layout");

export const transitionAction = defineAction({
  schema: ref.extend(ZTransition.shape),
  authorize: byOperation,
  run: async (actor, { assessmentId, transition, reason }) => {
    const result = await transitionAssessment(actor, assessmentId, transition, reason);
    refresh();
    return result;
  },
});

export const reviewAnswerAction = defineAction({
  schema: z.object({ assessmentId: z.string().min(1), questionId: z.string().min(1), review: ZReviewAnswer }),
  authorize: byOperation,
  run: (actor, { assessmentId, questionId, review }) => reviewAnswer(actor, assessmentId, questionId, review),
});

export const acceptAnswersAction = defineAction({
  schema: ref.extend(ZAcceptAnswers.shape),
  authorize: byOperation,
  run: async (actor, { assessmentId, questionIds, reason }) => {
    const result = await acceptAnswers(actor, assessmentId, { questionIds, reason });
    refresh();
    return result;
  },
});

export const postCommentAction = defineAction({
  schema: ref.extend({ questionId: z.string().min(1) }).extend(ZComment.shape),
  authorize: byOperation,
  run: (actor, { assessmentId, questionId, body }) => postComment(actor, assessmentId, questionId, { body }),
});

export const signOffAction = defineAction({
  schema: z.object({ assessmentId: z.string().min(1), decision: ZSignOff }),
  authorize: byOperation,
  run: async (actor, { assessmentId, decision }) => {
    const result = await signOff(actor, assessmentId, decision);
    refresh();
    return result;
  },
});

export const assignToMeAction = defineAction({
  schema: ref,
  authorize: byOperation,
  run: async (actor, { assessmentId }) => {
    await assignReviewer(actor, assessmentId, actor.userId);
    refresh();
    return null;
  },
});
