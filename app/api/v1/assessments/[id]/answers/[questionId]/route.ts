import { responds } from "@/lib/api/typed-response";
import type { TAnswerValue } from "@/lib/questionnaire/model";
import { ZSavedAnswer } from "@/lib/server/assessments/assessment-responses";
import { saveAnswer } from "@/lib/server/assessments/save-answer";
import { ZSaveAnswer } from "@/lib/assessments/answer-schemas";
import { defineRoute, readJson } from "@/lib/server/entry/define-route";

export const PUT = defineRoute<{ id: string; questionId: string }>(async ({ actor, request, params }) => {
  const answer = await saveAnswer(actor, params.id, params.questionId, ZSaveAnswer.parse(await readJson(request)));
  // saveAnswer types the value as unknown; it is the question's answer schema's output.
  return responds(ZSavedAnswer, { answer: { ...answer, value: answer.value as TAnswerValue } });
});
