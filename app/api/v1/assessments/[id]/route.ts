import { responds } from "@/lib/api/typed-response";
import { assessmentDocument } from "@/lib/server/assessments/assessment-document";
import { ZAssessmentDocument } from "@/lib/server/assessments/assessment-responses";
import { defineRoute } from "@/lib/server/entry/define-route";

export const GET = defineRoute<{ id: string }>(async ({ actor, params }) => responds(ZAssessmentDocument, await assessmentDocument(actor, params.id)));
