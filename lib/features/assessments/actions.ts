"use server";
import { z } from "zod";
import { answerHistory } from "@/lib/server/assessments/answer-history";
import { carryForwardAssessment } from "@/lib/server/assessments/carry-forward-assessment";
import { confirmCarried } from "@/lib/server/assessments/confirm-carried";
import { saveAnswer } from "@/lib/server/assessments/save-answer";
import { checkSubmission, submitAssessment } from "@/lib/server/assessments/submit-assessment";
import { setPublicConsent } from "@/lib/server/assessments/set-public-consent";
import { confirmDraftedAnswers } from "@/lib/server/assessments/confirm-drafted-answers";
import { defineAction } from "@/lib/server/entry/define-action";
import { revalidatePath } from "next/cache";
import { ZConfirmCarried, ZConfirmDrafted, ZSaveAnswer } from "../../assessments/answer-schemas";
import { ZPublicConsent } from "../../assessments/publication";

const ref = z.object({ assessmentId: z.string().min(1) });
const questionRef = ref.extend({ questionId: z.string().min(1) });

// Authorization is decided inside each operation (visibility, pillar, edit window), so it holds
// for the API and the CLI as well.
const byOperation = () => undefined;

export const saveAnswerAction = defineAction({
  schema: questionRef.extend(ZSaveAnswer.shape),
  authorize: byOperation,
  run: (actor, { assessmentId, questionId, ...input }) => saveAnswer(actor, assessmentId, questionId, input),
});

export const answerHistoryAction = defineAction({
  schema: questionRef,
  authorize: byOperation,
  run: (actor, { assessmentId, questionId }) => answerHistory(actor, assessmentId, questionId),
});

export const checkSubmissionAction = defineAction({
  schema: ref,
  authorize: byOperation,
  run: (actor, { assessmentId }) => checkSubmission(actor, assessmentId),
});

export const submitAssessmentAction = defineAction({
  schema: ref,
  authorize: byOperation,
  run: (actor, { assessmentId }) => submitAssessment(actor, assessmentId),
});

export const carryForwardAction = defineAction({
  schema: ref,
  authorize: byOperation,
  run: (actor, { assessmentId }) => carryForwardAssessment(actor, assessmentId),
});

export const confirmCarriedAction = defineAction({
  schema: ref.extend(ZConfirmCarried.shape),
  authorize: byOperation,
  run: (actor, { assessmentId, questionIds }) => confirmCarried(actor, assessmentId, questionIds),
});

export const publicConsentAction = defineAction({
  schema: ref.extend(ZPublicConsent.shape),
  authorize: byOperation,
  run: async (actor, { assessmentId, consent }) => {
    const result = await setPublicConsent(actor, assessmentId, { consent });
    revalidatePath("/[locale]", "layout");
    return result;
  },
});

export const confirmDraftedAction = defineAction({
  schema: ref.extend(ZConfirmDrafted.shape),
  authorize: byOperation,
  run: async (actor, { assessmentId, questionIds }) => {
    const result = await confirmDraftedAnswers(actor, assessmentId, { questionIds });
    revalidatePath("/[locale]", "layout");
    return result;
  },
});
