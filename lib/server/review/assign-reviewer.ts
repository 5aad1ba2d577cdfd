import "server-only";
import { isReviewer, type TActor } from "../../authz/policy";
import { audit } from "../audit";
import { db } from "../db";
import { forbidden, notFound } from "../errors";

/** Gives a submission to a reviewer (or to nobody); the reviewer must hold a reviewer or admin role. */
export async function assignReviewer(actor: TActor, assessmentId: string, reviewerId: string | null) {
  if (!isReviewer(actor)) throw forbidden("Only reviewers assign submissions");
  if (reviewerId) {
    const grant = await db().roleGrant.findFirst({ where: { userId: reviewerId, role: { in: ["reviewer", "admin"] } } });
    if (!grant) throw notFound("Unknown reviewer");
  }
  await db().$transaction(async (tx) => {
    await tx.assessment.update({ where: { id: assessmentId }, data: { assigneeId: reviewerId } });
    await audit(tx, actor, { action: "assessment.assign", entityType: "assessment", entityId: assessmentId, assessmentId, data: { reviewerId } });
  });
}
