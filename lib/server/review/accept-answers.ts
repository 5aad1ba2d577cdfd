import "server-only";
import { isReviewer, type TActor } from "../../authz/policy";
import { ZAcceptAnswers, type TAcceptAnswers } from "../../assessments/review-schemas";
import { loadAssessment } from "../assessments/load-assessment";
import { recordScore } from "../assessments/record-score";
import { audit } from "../audit";
import { db } from "../db";
import { AppError, forbidden, notFound } from "../errors";
import { ANSWER_REVIEW_STATUS, answersReviewable } from "../../assessments/workflow";

/**
 * Accepts several answers of a submission in review at once, with one reason written into each
 * answer's thread: all or none (one transaction, the assessment row locked, the score recorded once).
 */
export async function acceptAnswers(actor: TActor, assessmentId: string, raw: TAcceptAnswers) {
  const input = ZAcceptAnswers.parse(raw);
  // Visibility first: another country's assessment is "not found", never "forbidden".
  const { assessment, version } = await loadAssessment(actor, assessmentId);
  if (!isReviewer(actor)) throw forbidden("Only reviewers review answers");
  const unknown = input.questionIds.filter((id) => !version.questionById[id]);
  if (unknown.length > 0) throw notFound(`Unknown question ${unknown.join(", ")}`);
  if (!answersReviewable(assessment.status)) throw new AppError("conflict", "Start the review before reviewing answers");
  await db().$transaction(async (tx) => {
    const locked = await tx.assessment.updateMany({ where: { id: assessmentId, status: ANSWER_REVIEW_STATUS }, data: { updatedAt: new Date() } });
    if (locked.count !== 1) throw new AppError("conflict", "The assessment left review meanwhile");
    const data = { state: "accepted", adjustedValue: null, reason: input.reason, reviewerId: actor.userId };
    for (const questionId of input.questionIds) {
      await tx.answerReview.upsert({
        where: { assessmentId_questionId: { assessmentId, questionId } },
        create: { assessmentId, questionId, ...data },
        update: data,
      });
      await tx.reviewComment.create({ data: { assessmentId, questionId, kind: "accept", body: input.reason, authorId: actor.userId } });
      await audit(tx, actor, {
        action: "answer.accepted",
        entityType: "answer",
        entityId: `${assessmentId}/${questionId}`,
        assessmentId,
        data: { questionId, reason: input.reason, together: input.questionIds.length },
      });
    }
    await recordScore(tx, assessmentId, version, ANSWER_REVIEW_STATUS);
  });
  return { accepted: input.questionIds.length };
}
