import { listAssessments } from "@/lib/server/assessments/list-assessments";
import { defineRoute } from "@/lib/server/entry/define-route";

export const GET = defineRoute(async ({ actor, request }) => ({
  assessments: await listAssessments(actor, { cycleId: request.nextUrl.searchParams.get("cycle") ?? undefined }),
}));
