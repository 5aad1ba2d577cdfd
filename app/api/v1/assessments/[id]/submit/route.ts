import { submitAssessment } from "@/lib/server/assessments/submit-assessment";
import { defineRoute } from "@/lib/server/entry/define-route";

export const POST = defineRoute<{ id: string }>(async ({ actor, params }) => submitAssessment(actor, params.id));
