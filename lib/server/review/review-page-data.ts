import "server-only";
import { compareScores } from "../../assessments/validated-score";
import { availableTransitions } from "../../assessments/workflow";
import type { TActor } from "../../authz/policy";
import { assessmentPageData } from "../assessments/assessment-page-data";
import { db } from "../db";
import { listEvidence } from "../evidence/list-evidence";
import { reviewState } from "./post-comment";
import { adjustmentsOf } from "./transition-assessment";
import { workflowRole } from "./workflow-role";

/** Everything the review screen and the country's review view show, decided once on the server. */
export async function reviewPageData(actor: TActor, id: string) {
  const data = await assessmentPageData(actor, id);
  const [state, evidence, adjustments, lastReturn] = await Promise.all([
    reviewState(actor, id),
    listEvidence(actor, id),
    adjustmentsOf(id),
    db().auditLog.findFirst({ where: { assessmentId: id, action: "assessment.return" }, orderBy: { at: "desc" }, select: { data: true, at: true } }),
  ]);
  const role = workflowRole(actor, data.assessment.countryIso3);
  const comparison = compareScores(data.version, data.answers, adjustments);
  const reviewed = Object.keys(state.verdicts).length;
  const total = data.version.questions.filter((q) => data.answers[q.id] !== undefined && data.answers[q.id] !== null).length;
  return {
    ...data,
    ...state,
    evidence,
    comparison,
    progress: { reviewed, total },
    role,
    transitions: availableTransitions(role, data.assessment.status),
    returnReason: lastReturn ? ((JSON.parse(lastReturn.data) as { reason?: string }).reason ?? null) : null,
  };
}
export type TReviewPageData = Awaited<ReturnType<typeof reviewPageData>>;
