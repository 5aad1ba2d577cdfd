import "server-only";
import { canViewCountry, type TActor } from "../../authz/policy";
import type { TEvidenceByQuestion } from "../../features/evidence/types";
import { db } from "../db";
import { notFound } from "../errors";
import { creatorNames, evidenceSelect, toEvidenceItem } from "./evidence-item";

/**
 * The live (not removed) evidence of an assessment, grouped by question id, oldest first. Everyone
 * who may see the assessment may list it, reviewers and admins included; others get "not found".
 */
export async function listEvidence(actor: TActor, assessmentId: string): Promise<TEvidenceByQuestion> {
  const assessment = await db().assessment.findUnique({ where: { id: assessmentId }, select: { countryIso3: true } });
  if (!assessment || !canViewCountry(actor, assessment.countryIso3)) throw notFound("Assessment not found");
  const rows = await db().evidence.findMany({
    where: { assessmentId, deletedAt: null },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: evidenceSelect,
  });
  const names = await creatorNames(rows);
  const byQuestion: TEvidenceByQuestion = {};
  for (const row of rows) (byQuestion[row.questionId] ??= []).push(toEvidenceItem(row, names));
  return byQuestion;
}
