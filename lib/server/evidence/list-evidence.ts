import "server-only";
import type { TActor } from "../../authz/policy";
import type { TEvidenceByQuestion } from "../../evidence/types";
import { db } from "../db";
import { assessmentScope } from "../assessments/assessment-scope";
import { creatorNames, evidenceSelect, toEvidenceItem } from "./evidence-item";

/**
 * The live (not removed) evidence of an assessment, grouped by question id, oldest first. Everyone
 * who may see the assessment may list it (the pillars they may read), reviewers and admins
 * included; others get "not found".
 */
export async function listEvidence(actor: TActor, assessmentId: string): Promise<TEvidenceByQuestion> {
  const { scope } = await assessmentScope(actor, assessmentId);
  const all = await db().evidence.findMany({
    where: { assessmentId, deletedAt: null },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: evidenceSelect,
  });
  // A contributor lists the evidence of their own pillars only.
  const rows = all.filter((r) => scope.allows(r.questionId));
  const names = await creatorNames(rows);
  const byQuestion: TEvidenceByQuestion = {};
  for (const row of rows) (byQuestion[row.questionId] ??= []).push(toEvidenceItem(row, names));
  return byQuestion;
}
