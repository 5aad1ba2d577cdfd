import { responds } from "@/lib/api/typed-response";
import { ZTransition } from "@/lib/assessments/review-schemas";
import { submitAssessment } from "@/lib/server/assessments/submit-assessment";
import { defineRoute, readJson } from "@/lib/server/entry/define-route";
import { ZTransitioned } from "@/lib/server/review/review-responses";
import { transitionAssessment } from "@/lib/server/review/transition-assessment";

/** {transition, reason?}: moves the assessment along its workflow; refusals are 403, 409 or 422. */
export const POST = defineRoute<{ id: string }>(async ({ actor, request, params }) => {
  const { transition, reason } = ZTransition.parse(await readJson(request));
  // transitionAssessment checks who and from where, not completeness: submitting here must pass
  // the same submission check as POST /submit and the form, or incomplete answers would slip through.
  if (transition === "submit") return responds(ZTransitioned, await submitAssessment(actor, params.id));
  return responds(ZTransitioned, await transitionAssessment(actor, params.id, transition, reason));
});
