import "server-only";
import { ZConfirmDrafted } from "../../assessments/answer-schemas";
import { isFocalPointOf, type TActor } from "../../authz/policy";
import { audit } from "../audit";
import { db } from "../db";
import { AppError, forbidden } from "../errors";
import { loadAssessment } from "./load-assessment";

/**
 * The focal point confirms drafted (desk-research) answers as they stand, before the cycle's
 * validation deadline. Answers already confirmed or corrected are left as they are; the answer
 * keeps its provenance, so exports and the report still say ITU drafted it and the country confirmed.
 */
export async function confirmDraftedAnswers(actor: TActor, assessmentId: string, raw: { questionIds: string[] }) {
  const { questionIds } = ZConfirmDrafted.parse(raw);
  const { assessment } = await loadAssessment(actor, assessmentId);
  if (!isFocalPointOf(actor, assessment.countryIso3)) throw forbidden("Only the national focal point confirms drafted answers");
  if (assessment.status !== "country-validation") throw new AppError("conflict", "Only desk research sent to the country for validation can be confirmed");
  const deadline = assessment.cycle.validationDeadline;
  if (!deadline || new Date() > deadline)
    throw new AppError("conflict", "The cycle's validation deadline has passed", undefined, { reason: "deadline-passed" });
  return db().$transaction(async (tx) => {
    // Under the status, as a save is: a transition that landed meanwhile wins.
    const locked = await tx.assessment.updateMany({ where: { id: assessmentId, status: "country-validation" }, data: { updatedAt: new Date() } });
    if (locked.count !== 1) throw new AppError("conflict", "The assessment changed meanwhile; reload and try again");
    const { count } = await tx.answer.updateMany({
      where: { assessmentId, questionId: { in: questionIds }, provenance: "desk-research", confirmedAt: null },
      data: { confirmedAt: new Date() },
    });
    if (count > 0) {
      await audit(tx, actor, {
        action: "answer.confirm-drafted",
        entityType: "assessment",
        entityId: assessmentId,
        assessmentId,
        data: { questionIds, count },
      });
    }
    const open = await tx.answer.count({ where: { assessmentId, provenance: "desk-research", confirmedAt: null } });
    return { confirmed: count, unconfirmed: open };
  });
}
