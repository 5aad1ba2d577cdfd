import { responds } from "@/lib/api/typed-response";
import { ZSubmitted } from "@/lib/server/assessments/assessment-responses";
import { submitAssessment } from "@/lib/server/assessments/submit-assessment";
import { defineRoute } from "@/lib/server/entry/define-route";

export const POST = defineRoute<{ id: string }>(async ({ actor, params }) => responds(ZSubmitted, await submitAssessment(actor, params.id)));
