import { assessmentDocument } from "@/lib/server/assessments/assessment-document";
import { defineRoute } from "@/lib/server/entry/define-route";

export const GET = defineRoute<{ id: string }>(async ({ actor, params }) => assessmentDocument(actor, params.id));
