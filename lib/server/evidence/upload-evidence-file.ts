import "server-only";
import { createHash } from "node:crypto";
import type { TActor } from "../../authz/policy";
import { safeDisplayName } from "../../evidence/file-names";
import { sniffFileType } from "../../evidence/sniff-file-type";
import { MAX_EVIDENCE_FILE_BYTES } from "../../evidence/schemas";
import type { TEvidenceFile } from "../../evidence/types";
import { audit } from "../audit";
import { env } from "../../env";
import { db } from "../db";
import { AppError } from "../errors";
import { assertStillEditable, authorizeEvidenceEdit } from "./evidence-access";
import { evidenceSelect, toEvidenceItem } from "./evidence-item";
import { evidenceStorageKey, storeEvidenceFile } from "./evidence-storage";

export type TUploadEvidence = { questionId: string; fileName: string; bytes: Uint8Array };

/**
 * Stores a document (PDF, Office, OpenDocument or image) as evidence for one answer. The type comes
 * from the content, never the claimed name, and decides the stored extension and the download's
 * Content-Type. Files are stored under <assessmentId>/<sha256>.<ext> in the evidence store (disk or S3).
 */
export async function uploadEvidenceFile(actor: TActor, assessmentId: string, input: TUploadEvidence): Promise<TEvidenceFile> {
  const { assessment } = await authorizeEvidenceEdit(actor, assessmentId, input.questionId);
  const { bytes } = input;
  if (bytes.length > MAX_EVIDENCE_FILE_BYTES) {
    throw new AppError(
      "invalid",
      `The file is larger than ${MAX_EVIDENCE_FILE_BYTES / 1024 / 1024} MB`,
      { file: "Too large" },
      { size: bytes.length, max: MAX_EVIDENCE_FILE_BYTES },
    );
  }
  const sniffed = await sniffFileType(bytes);
  if (!sniffed.ok) {
    throw new AppError(
      "invalid",
      `The file is not a PDF, Office document or image (detected: ${sniffed.detected})`,
      { file: "Unsupported type" },
      { detected: sniffed.detected },
    );
  }
  const { type } = sniffed;
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const storageKey = evidenceStorageKey(assessmentId, sha256, type.extensions[0]!);
  const fileName = safeDisplayName(input.fileName, type);
  // The file is written before its row exists, so no row ever points at a missing file; if the
  // transaction then fails, the file stays unreferenced and a later upload of the same bytes reuses it.
  await storeEvidenceFile(storageKey, bytes);
  const row = await db().$transaction(async (tx) => {
    await assertStillEditable(tx, assessment);
    // The quota is checked under a lock on the assessment, so concurrent uploads cannot overrun it.
    await tx.assessment.updateMany({ where: { id: assessmentId }, data: { updatedAt: new Date() } });
    const used = (await tx.evidence.aggregate({ where: { assessmentId, deletedAt: null, kind: "file" }, _sum: { size: true } }))._sum.size ?? 0;
    const quota = env().EVIDENCE_QUOTA_MB * 1024 * 1024;
    if (used + bytes.length > quota) {
      const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;
      throw new AppError(
        "invalid",
        `This assessment's evidence would exceed its quota of ${mb(quota)} MB (${mb(used)} MB used): remove documents no longer needed, or link to them`,
        { file: "Quota exceeded" },
        { used, quota, size: bytes.length },
      );
    }
    const created = await tx.evidence.create({
      data: {
        assessmentId,
        questionId: input.questionId,
        kind: "file",
        fileName,
        size: bytes.length,
        mimeType: type.mime,
        sha256,
        storageKey,
        createdById: actor.userId,
      },
      select: evidenceSelect,
    });
    await audit(tx, actor, {
      action: "evidence.upload",
      entityType: "evidence",
      entityId: created.id,
      assessmentId,
      data: { questionId: input.questionId, fileName, size: bytes.length, mimeType: type.mime, sha256 },
    });
    return created;
  });
  return toEvidenceItem(row, new Map([[actor.userId, actor.name]])) as TEvidenceFile;
}
