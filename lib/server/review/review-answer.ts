import "server-only";
import { isReviewer, type TActor } from "../../authz/policy";
import { ZReviewAnswer, type TReviewAnswer } from "../../assessments/review-schemas";
import { answerSchemaFor } from "../../scoring/answer-value";
import { loadAssessment } from "../assessments/load-assessment";
import { recordScore } from "../assessments/record-score";
import { audit } from "../audit";
import { db } from "../db";
import { AppError, forbidden, notFound } from "../errors";
import { focalPointsOf, notify } from "./notify";
import { ANSWER_REVIEW_STATUS, answersReviewable } from "../../assessments/workflow";

/** Accept, query (with a comment that opens a thread) or adjust (a corrected value and its reason) one answer. */
export async function reviewAnswer(actor: TActor, assessmentId: string, questionId: string, raw: TReviewAnswer) {
  const input = ZReviewAnswer.parse(raw);
  // Visibility first: another country's assessment is "not found", never "forbidden".
  const { assessment, version } = await loadAssessment(actor, assessmentId);
  if (!isReviewer(actor)) throw forbidden("Only reviewers review answers");
  const question = version.questionById[questionId];
  if (!question) throw notFound(`Unknown question ${questionId}`);
  if (!answersReviewable(assessment.status)) throw new AppError("conflict", "Start the review before reviewing answers");
  let adjustedValue: string | null = null;
  if (input.state === "adjusted") {
    const checked = answerSchemaFor(question).safeParse(input.value);
    if (!checked.success)
      throw new AppError("invalid", `${questionId}: ${checked.error.issues[0]?.message}`, { value: checked.error.issues[0]?.message ?? "Invalid" });
    adjustedValue = JSON.stringify(checked.data);
  }
  const reason = input.state === "adjusted" ? input.reason : (input.comment ?? null);
  const focalPoints = input.state === "accepted" ? [] : await focalPointsOf(assessment.countryIso3);
  await db().$transaction(async (tx) => {
    // Locks the assessment row and re-checks the status under the lock.
    const locked = await tx.assessment.updateMany({ where: { id: assessmentId, status: ANSWER_REVIEW_STATUS }, data: { updatedAt: new Date() } });
    if (locked.count !== 1) throw new AppError("conflict", "The assessment left review meanwhile");
    const data = { state: input.state, adjustedValue, reason, reviewerId: actor.userId };
    await tx.answerReview.upsert({
      where: { assessmentId_questionId: { assessmentId, questionId } },
      create: { assessmentId, questionId, ...data },
      update: data,
    });
    if (reason)
      await tx.reviewComment.create({
        data: {
          assessmentId,
          questionId,
          kind: input.state === "queried" ? "query" : input.state === "adjusted" ? "adjustment" : "accept",
          body: reason,
          authorId: actor.userId,
        },
      });
    await audit(tx, actor, {
      action: `answer.${input.state}`,
      entityType: "answer",
      entityId: `${assessmentId}/${questionId}`,
      assessmentId,
      data: { questionId, reason, adjustedValue },
    });
    if (input.state === "queried") await notify(tx, focalPoints, "query", assessmentId, { questionId, country: assessment.countryIso3 });
    // A verdict moves the validated score (an adjustment) or creates it (the first verdict).
    await recordScore(tx, assessmentId, version, ANSWER_REVIEW_STATUS);
  });
  return { questionId, state: input.state };
}
