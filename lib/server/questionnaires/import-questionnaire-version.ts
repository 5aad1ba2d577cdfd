import "server-only";
import { isAdmin, type TActor } from "../../authz/policy";
import type { TNormalizedQuestionnaire } from "../../questionnaire/model";
import { audit } from "../audit";
import { db } from "../db";
import { AppError, forbidden } from "../errors";

export type TImportOutcome = "created" | "updated" | "unchanged";

/**
 * Stores a questionnaire version. A published version is immutable: importing different content
 * under the same id@version is refused (checked before and inside the transaction); drafts may change.
 */
export async function importQuestionnaireVersion(actor: TActor, version: TNormalizedQuestionnaire): Promise<TImportOutcome> {
  if (!isAdmin(actor)) throw forbidden("Only admins import questionnaires");
  const where = { questionnaireId_version: { questionnaireId: version.id, version: version.version } };
  const data = {
    status: version.status,
    hash: version.hash,
    content: JSON.stringify(version),
    title: version.title.en,
    questionCount: version.questions.length,
    indicatorCount: version.indicators.length,
    publishedAt: version.status === "published" ? new Date() : null,
  };
  return db().$transaction(async (tx) => {
    const existing = await tx.questionnaireVersion.findUnique({ where, select: { hash: true, status: true, publishedAt: true } });
    if (existing?.hash === version.hash && existing.status === version.status) return "unchanged";
    if (existing?.status === "published") {
      throw new AppError(
        "conflict",
        `${version.key} is published and cannot change (stored ${existing.hash.slice(0, 12)}, file ${version.hash.slice(0, 12)}): give the edited file a new version`,
      );
    }
    if (existing) await tx.questionnaireVersion.update({ where, data });
    else await tx.questionnaireVersion.create({ data: { questionnaireId: version.id, version: version.version, ...data } });
    await audit(tx, actor, { action: existing ? "questionnaire.update" : "questionnaire.import", entityType: "questionnaire", entityId: version.key, data: { hash: version.hash, status: version.status } });
    return existing ? "updated" : "created";
  });
}
