import "server-only";
import { isFocalPointOf, type TActor } from "../../authz/policy";
import { ZEvidencePublic } from "../../assessments/publication";
import { audit } from "../audit";
import { db } from "../db";
import { AppError, forbidden } from "../errors";
import { findVisibleEvidence } from "./evidence-access";

/**
 * The focal point marks an evidence link public (the country's public page lists it once the
 * result is published) or private again. Uploaded files are never public: they may hold internal
 * documents, and the public pages serve no files.
 */
export async function setEvidencePublic(actor: TActor, evidenceId: string, raw: { isPublic: boolean }) {
  const input = ZEvidencePublic.parse(raw);
  const row = await findVisibleEvidence(actor, evidenceId);
  if (!isFocalPointOf(actor, row.assessment.countryIso3)) throw forbidden("Only the national focal point decides what is public");
  if (row.kind !== "link") throw new AppError("invalid", "Only links can be public; uploaded documents never are", { isPublic: "Only links can be public" });
  await db().$transaction(async (tx) => {
    await tx.evidence.update({ where: { id: evidenceId }, data: { isPublic: input.isPublic } });
    // The public pages' cache is keyed by the assessments' updatedAt: touching it shows the change at once.
    await tx.assessment.update({ where: { id: row.assessmentId }, data: { updatedAt: new Date() } });
    await audit(tx, actor, {
      action: input.isPublic ? "evidence.public" : "evidence.private",
      entityType: "evidence",
      entityId: evidenceId,
      assessmentId: row.assessmentId,
      data: { questionId: row.questionId, url: row.url },
    });
  });
  return { id: evidenceId, isPublic: input.isPublic };
}
