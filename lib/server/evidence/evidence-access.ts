import "server-only";
import { answerWriteMode, type TAnswerWindow } from "../../authz/assessment-rules";
import { canEditPillar, canViewCountry, isFocalPointOf, type TActor } from "../../authz/policy";
import type { TDb } from "../../db/create-client";
import { assessmentScope } from "../assessments/assessment-scope";
import { loadAssessment } from "../assessments/load-assessment";
import { db } from "../db";
import { AppError, forbidden, notFound } from "../errors";
import { evidenceSelect } from "./evidence-item";

/**
 * The rules of saveAnswer, for evidence: the assessment must be visible (else 404, so another
 * country's assessments do not show they exist), the question's pillar editable by the actor
 * (else 403: reviewers and admins read but never add), and the country's edit window open (else 409).
 */
export async function authorizeEvidenceEdit(actor: TActor, assessmentId: string, questionId: string) {
  const { assessment, version } = await loadAssessment(actor, assessmentId);
  const question = version.questionById[questionId];
  if (!question) throw notFound(`Unknown question ${questionId}`);
  if (!canEditPillar(actor, assessment.countryIso3, question.pillar)) throw forbidden("You may not change the evidence of this pillar");
  const window = evidenceWindow(actor, { status: assessment.status, ...assessment.cycle }, assessment.countryIso3);
  if (!window.ok) throw new AppError("conflict", `This assessment cannot be edited now (${window.reason})`, undefined, { reason: window.reason });
  return { assessment, question };
}

/**
 * Evidence follows the answers' rule (answerWriteMode) for the country: its own answers, and the
 * focal point's corrections of desk research, which evidence may justify. Reviewers never add evidence.
 */
function evidenceWindow(actor: TActor, window: TAnswerWindow, countryIso3: string) {
  const who = { editsPillar: true, focalPoint: isFocalPointOf(actor, countryIso3), reviewer: false };
  const write = answerWriteMode(window, who, new Date());
  if (write.ok) return write;
  return { ok: false as const, reason: write.reason === "role" ? ("locked" as const) : write.reason };
}

type TEditableAssessment = Awaited<ReturnType<typeof authorizeEvidenceEdit>>["assessment"];

/** Checked again inside the transaction: a submission may have landed since the first read. */
export async function assertStillEditable(tx: Pick<TDb, "assessment">, assessment: TEditableAssessment): Promise<void> {
  const fresh = await tx.assessment.findUniqueOrThrow({ where: { id: assessment.id }, select: { status: true } });
  // The window was checked for this status a moment ago; a transition since then (a submission) wins.
  if (fresh.status !== assessment.status) throw new AppError("conflict", "This assessment was just submitted");
}

/** A live evidence row of an assessment the actor may see; anything else is "not found". */
export async function findVisibleEvidence(actor: TActor, evidenceId: string) {
  const row = await db().evidence.findUnique({
    where: { id: evidenceId },
    select: { ...evidenceSelect, assessmentId: true, storageKey: true, deletedAt: true, assessment: { select: { countryIso3: true } } },
  });
  if (!row || row.deletedAt || !canViewCountry(actor, row.assessment.countryIso3)) throw notFound("Evidence not found");
  // Evidence of a pillar the actor may not read does not exist for them either.
  const { scope } = await assessmentScope(actor, row.assessmentId);
  if (!scope.allows(row.questionId)) throw notFound("Evidence not found");
  return row;
}
