import "server-only";
import { isFocalPointOf, type TActor } from "../../authz/policy";
import { loadAssessment } from "../assessments/load-assessment";
import { db } from "../db";

export type TPublishableLink = { id: string; questionId: string; url: string; title: string | null; isPublic: boolean };

/** The assessment's live links, for the focal point to choose which the public page lists; nobody else chooses. */
export async function listLinksForPublication(actor: TActor, assessmentId: string): Promise<TPublishableLink[]> {
  const { assessment, version } = await loadAssessment(actor, assessmentId);
  if (!isFocalPointOf(actor, assessment.countryIso3)) return [];
  const rows = await db().evidence.findMany({
    where: { assessmentId, kind: "link", deletedAt: null },
    select: { id: true, questionId: true, url: true, fileName: true, isPublic: true },
    orderBy: { createdAt: "asc" },
  });
  // In questionnaire order, as the focal point answered them.
  const order = new Map(version.questions.map((q, k) => [q.id, k]));
  rows.sort((a, b) => (order.get(a.questionId) ?? Infinity) - (order.get(b.questionId) ?? Infinity));
  return rows.map((r) => ({ id: r.id, questionId: r.questionId, url: r.url ?? "", title: r.fileName, isPublic: r.isPublic }));
}
