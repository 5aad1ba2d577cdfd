import "server-only";
import { countryMayEdit } from "../../authz/assessment-rules";
import { canEditPillar, type TActor } from "../../authz/policy";
import { audit } from "../audit";
import { db } from "../db";
import { AppError, forbidden } from "../errors";
import { loadAssessment } from "./load-assessment";

/** Confirms carried answers as they are (changing one confirms it too). */
export async function confirmCarried(actor: TActor, assessmentId: string, questionIds: string[]) {
  const { assessment, version } = await loadAssessment(actor, assessmentId);
  if (!countryMayEdit({ status: assessment.status, ...assessment.cycle }, new Date()).ok)
    throw new AppError("conflict", "This assessment cannot be edited now");
  const allowed = questionIds.filter((id) => version.questionById[id] && canEditPillar(actor, assessment.countryIso3, version.questionById[id]!.pillar));
  if (allowed.length !== questionIds.length) throw forbidden("You may not confirm answers outside your pillars");
  const { count } = await db().answer.updateMany({
    where: { assessmentId, questionId: { in: allowed }, carriedForward: true },
    data: { carriedForward: false },
  });
  await audit(db(), actor, {
    action: "assessment.confirm-carried",
    entityType: "assessment",
    entityId: assessmentId,
    assessmentId,
    data: { questionIds: allowed },
  });
  return { confirmed: count };
}
