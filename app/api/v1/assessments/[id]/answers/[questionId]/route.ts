import { saveAnswer } from "@/lib/server/assessments/save-answer";
import { ZSaveAnswer } from "@/lib/features/assessments/schemas";
import { defineRoute, readJson } from "@/lib/server/entry/define-route";

export const PUT = defineRoute<{ id: string; questionId: string }>(async ({ actor, request, params }) => ({
  answer: await saveAnswer(actor, params.id, params.questionId, ZSaveAnswer.parse(await readJson(request))),
}));
