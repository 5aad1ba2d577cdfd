import "server-only";
import { scoreOfRecord } from "../../assessments/score-of-record";
import { withinScope } from "../../authz/pillar-scope";
import { answerWriteMode, countryMayEdit } from "../../authz/assessment-rules";
import { canEditPillar, isFocalPointOf, isReviewer, type TActor } from "../../authz/policy";
import { PILLAR_IDS } from "../../questionnaire/constants";
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
  const now = new Date();
  const window = countryMayEdit({ status: assessment.status, ...assessment.cycle }, now);
  const focalPoint = isFocalPointOf(actor, assessment.countryIso3);
  // The pillars this person answers in the form now: the country's own answers, or the focal point's
  // corrections of desk research. Reviewers draft desk research in its own panel (deskResearch).
  const editable = PILLAR_IDS.filter((p) => {
    const who = { editsPillar: canEditPillar(actor, assessment.countryIso3, p), focalPoint, reviewer: false };
    return !isReviewer(actor) && answerWriteMode({ status: assessment.status, ...assessment.cycle }, who, now).ok;
  });
  const deskResearch = assessment.status === "desk-research" && isReviewer(actor);
  const unconfirmed = assessment.answers.filter((a) => a.provenance === "desk-research" && !a.confirmedAt).length;
  // Contributors see only the pillars they were given; the focal point and reviewers see all five.
  const visiblePillars = [...scope.pillars];
  const rows = assessment.answers.filter((a) => scope.allows(a.questionId));
  const initial = Object.fromEntries(
    rows.map((a) => [a.questionId, { value: JSON.parse(a.value), revision: a.revision, comment: a.comment, carriedForward: a.carriedForward }]),
  );
  // Where each drafted answer came from, for the panels beside the form.
  const drafted = Object.fromEntries(
    rows
      .filter((a) => a.provenance === "desk-research")
      .map((a) => [
        a.questionId,
        { url: a.sourceUrl, title: a.sourceTitle, accessedOn: a.sourceAccessedOn, excerpt: a.sourceExcerpt, confirmedAt: a.confirmedAt, revision: a.revision },
      ]),
  );
  const canSubmit = focalPoint;
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
    deskResearch,
    drafted,
    unconfirmed,
    visiblePillars,
    initial,
    canSubmit,
    previous: previous ? { name: previous.cycle.name } : null,
  };
}
