import { responds } from "@/lib/api/typed-response";
import { ZConfirmDrafted } from "@/lib/assessments/answer-schemas";
import { ZDraftedConfirmed } from "@/lib/server/assessments/assessment-responses";
import { confirmDraftedAnswers } from "@/lib/server/assessments/confirm-drafted-answers";
import { defineRoute, readJson } from "@/lib/server/entry/define-route";

/** The focal point confirms answers ITU drafted from desk research, as they stand. */
export const POST = defineRoute<{ id: string }>(async ({ actor, request, params }) =>
  responds(ZDraftedConfirmed, await confirmDraftedAnswers(actor, params.id, ZConfirmDrafted.parse(await readJson(request)))),
);
