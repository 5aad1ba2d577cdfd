import "server-only";
import { scoreOfRecord } from "../../assessments/score-of-record";
import { withinScope } from "../../authz/pillar-scope";
import { countryMayEdit } from "../../authz/assessment-rules";
import { editablePillars, isFocalPointOf, type TActor } from "../../authz/policy";
import { db } from "../db";
import { previousValidated } from "./carry-forward-assessment";
import { loadAssessment } from "./load-assessment";
import { adjustmentsFrom, reviewSelect } from "./record-score";

/**
 * What the assessment pages need, with the person's rights decided by the policy. The score of
 * record is computed from every answer; the answers themselves (serialized into the pages) are only
 * those of the pillars the person may read.
 */
export async function assessmentPageData(actor: TActor, id: string) {
  const loaded = await loadAssessment(actor, id);
  const { assessment, version, scope } = loaded;
  const reviews = await db().answerReview.findMany({ where: { assessmentId: id }, select: reviewSelect });
  const record = scoreOfRecord(version, loaded.answers, adjustmentsFrom(reviews), { status: assessment.status, reviewed: reviews.length > 0 });
  const window = countryMayEdit({ status: assessment.status, ...assessment.cycle }, new Date());
  const editable = window.ok ? editablePillars(actor, assessment.countryIso3) : [];
  // Contributors see only the pillars they were given; the focal point and reviewers see all five.
  const visiblePillars = [...scope.pillars];
  const rows = assessment.answers.filter((a) => scope.allows(a.questionId));
  const initial = Object.fromEntries(
    rows.map((a) => [a.questionId, { value: JSON.parse(a.value), revision: a.revision, comment: a.comment, carriedForward: a.carriedForward }]),
  );
  const canSubmit = isFocalPointOf(actor, assessment.countryIso3);
  // Offered only where it can be used: the focal point, an editable assessment with no answer yet.
  const previous = canSubmit && window.ok && assessment.answers.length === 0 ? await previousValidated(assessment.countryIso3, assessment.cycle.opensAt) : null;
  return {
    viewerId: actor.userId,
    assessment: { ...assessment, answers: rows },
    version,
    answers: withinScope(scope, loaded.answers),
    scope: { whole: scope.whole, pillars: scope.pillars },
    reviews,
    record,
    window,
    editable,
    visiblePillars,
    initial,
    canSubmit,
    previous: previous ? { name: previous.cycle.name } : null,
  };
}
