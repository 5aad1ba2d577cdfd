import "server-only";
import { awaitsSignOff } from "../../authz/assessment-rules";
import { isFocalPointOf, type TActor } from "../../authz/policy";
import { ZSignOff, type TSignOff } from "../../assessments/review-schemas";
import { loadAssessment } from "../assessments/load-assessment";
import { audit } from "../audit";
import { db } from "../db";
import { AppError, forbidden } from "../errors";
import { notify, reviewersFor } from "./notify";

/** The focal point confirms the validated result or records a dispute with a reason. */
export async function signOff(actor: TActor, assessmentId: string, raw: TSignOff) {
  const input = ZSignOff.parse(raw);
  const { assessment } = await loadAssessment(actor, assessmentId);
  if (!isFocalPointOf(actor, assessment.countryIso3)) throw forbidden("Only the national focal point signs off");
  if (!awaitsSignOff(assessment.status)) throw new AppError("conflict", "Only a validated assessment can be signed off");
  const reason = input.decision === "disputed" ? input.reason : null;
  const reviewers = await reviewersFor(assessment.assigneeId);
  await db().$transaction(async (tx) => {
    await tx.assessment.update({ where: { id: assessmentId }, data: { signOff: input.decision, signOffReason: reason, signedOffAt: new Date() } });
    await audit(tx, actor, {
      action: `assessment.sign-off.${input.decision}`,
      entityType: "assessment",
      entityId: assessmentId,
      assessmentId,
      data: { reason },
    });
    await notify(tx, reviewers, "validated", assessmentId, { signOff: input.decision, reason, country: assessment.countryIso3 });
  });
  return { signOff: input.decision };
}
