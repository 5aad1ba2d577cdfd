import "server-only";
import type { TActor } from "../../authz/policy";
import { audit } from "../audit";
import { db } from "../db";
import { notFound } from "../errors";
import { assertStillEditable, authorizeEvidenceEdit, findVisibleEvidence } from "./evidence-access";

/**
 * Removes evidence by marking it deleted: the row and the file stay for the audit trail, and the
 * item disappears from lists and downloads. Allowed to whoever may edit that question's pillar, while
 * the country may still edit the assessment.
 */
export async function removeEvidence(actor: TActor, evidenceId: string): Promise<{ id: string }> {
  const row = await findVisibleEvidence(actor, evidenceId);
  const { assessment } = await authorizeEvidenceEdit(actor, row.assessmentId, row.questionId);
  await db().$transaction(async (tx) => {
    await assertStillEditable(tx, assessment);
    // Conditional on "not yet deleted", so two concurrent removals audit only once.
    const { count } = await tx.evidence.updateMany({ where: { id: evidenceId, deletedAt: null }, data: { deletedAt: new Date() } });
    if (count === 0) throw notFound("Evidence not found");
    await audit(tx, actor, {
      action: "evidence.remove",
      entityType: "evidence",
      entityId: evidenceId,
      assessmentId: row.assessmentId,
      data: { questionId: row.questionId, kind: row.kind, ...(row.kind === "link" ? { url: row.url } : { fileName: row.fileName, sha256: row.sha256 }) },
    });
  });
  return { id: evidenceId };
}
