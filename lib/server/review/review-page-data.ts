import "server-only";
import { scoreOfRecord } from "../../assessments/score-of-record";
import { availableTransitions } from "../../assessments/workflow";
import type { TActor } from "../../authz/policy";
import { assessmentPageData } from "../assessments/assessment-page-data";
import { db } from "../db";
import { listEvidence } from "../evidence/list-evidence";
import { reviewState } from "./post-comment";
import { workflowRole } from "./workflow-role";

const deltaOf = (r: ReturnType<typeof scoreOfRecord>) =>
  r.validated ? Math.round((r.validated.overall.display - r.selfReported.overall.display) * 100) / 100 : 0;

/** Everything the review screen and the country's review view show, decided once on the server. */
export async function reviewPageData(actor: TActor, id: string) {
  const data = await assessmentPageData(actor, id);
  const lastReason = (action: string) =>
    db().auditLog.findFirst({ where: { assessmentId: id, action }, orderBy: { at: "desc" }, select: { data: true, at: true } });
  const [state, evidence, lastReturn, lastDecline] = await Promise.all([
    reviewState(actor, id),
    listEvidence(actor, id),
    lastReason("assessment.return"),
    data.assessment.status === "declined" ? lastReason("assessment.decline") : null,
  ]);
  const role = workflowRole(actor, data.assessment.countryIso3);
  const { record } = data;
  // The review screen compares the two scores of record; before any verdict they are the same.
  const comparison = {
    self: record.selfReported,
    validated: record.validated ?? record.selfReported,
    differences: record.differences.filter((d) => data.visiblePillars.includes(data.version.questionById[d.questionId]!.pillar)),
    delta: deltaOf(record),
  };
  const reviewed = Object.keys(state.verdicts).length;
  const total = data.version.questions.filter((q) => data.answers[q.id] !== undefined && data.answers[q.id] !== null).length;
  return {
    ...data,
    ...state,
    evidence,
    comparison,
    progress: { reviewed, total },
    role,
    transitions: availableTransitions(role, data.assessment.status, {
      answers: data.assessment.answers.length,
      unconfirmed: data.unconfirmed,
      validationDeadline: data.assessment.cycle.validationDeadline,
      now: new Date(),
    }),
    returnReason: reasonOf(lastReturn),
    declineReason: reasonOf(lastDecline),
  };
}
const reasonOf = (entry: { data: string } | null) => (entry ? ((JSON.parse(entry.data) as { reason?: string }).reason ?? null) : null);

export type TReviewPageData = Awaited<ReturnType<typeof reviewPageData>>;
