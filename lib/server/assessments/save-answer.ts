import "server-only";
import { countryMayEdit } from "../../authz/assessment-rules";
import { canEditPillar, type TActor } from "../../authz/policy";
import { ZSaveAnswer, type TSaveAnswer } from "../../features/assessments/schemas";
import { answerSchemaFor } from "../../scoring/answer-value";
import { db } from "../db";
import { AppError, forbidden, notFound } from "../errors";
import { loadAssessment } from "./load-assessment";
import { storedScore } from "./stored-score";

export type TSavedAnswer = { questionId: string; value: unknown; revision: number; updatedAt: Date; unchanged: boolean };

/**
 * Saves one answer with optimistic concurrency: the client sends the revision it last saw. A save
 * over a newer revision is refused with both values (409), unless it carries the same value, which
 * makes retries idempotent. Every change is kept in the answer history; the stored score follows.
 */
export async function saveAnswer(actor: TActor, assessmentId: string, questionId: string, raw: TSaveAnswer): Promise<TSavedAnswer> {
  const input = ZSaveAnswer.parse(raw);
  const { assessment, version, answers } = await loadAssessment(actor, assessmentId);
  const question = version.questionById[questionId];
  if (!question) throw notFound(`Unknown question ${questionId}`);
  if (!canEditPillar(actor, assessment.countryIso3, question.pillar)) throw forbidden("You may not edit this pillar");
  const window = countryMayEdit({ status: assessment.status, ...assessment.cycle }, new Date());
  if (!window.ok) throw new AppError("conflict", `This assessment cannot be edited now (${window.reason})`, undefined, { reason: window.reason });
  const checked = input.value === null ? { success: true as const, data: null } : answerSchemaFor(question).safeParse(input.value);
  if (!checked.success) throw new AppError("invalid", `${questionId}: ${checked.error.issues[0]?.message}`, { value: checked.error.issues[0]?.message ?? "Invalid" });
  const value = JSON.stringify(checked.data);

  return db().$transaction(async (tx) => {
    // Checked again inside the transaction: a submission may have landed since the first read.
    const fresh = await tx.assessment.findUniqueOrThrow({ where: { id: assessmentId }, select: { status: true } });
    if (!countryMayEdit({ status: fresh.status, ...assessment.cycle }, new Date()).ok) throw new AppError("conflict", "This assessment was just submitted");
    const current = await tx.answer.findUnique({ where: { assessmentId_questionId: { assessmentId, questionId } } });
    const currentRevision = current?.revision ?? 0;
    if (current && current.value === value && (input.comment === undefined || input.comment === current.comment)) {
      // Saving a carried-forward answer unchanged confirms it.
      if (current.carriedForward) await tx.answer.update({ where: { id: current.id }, data: { carriedForward: false } });
      return { questionId, value: checked.data, revision: current.revision, updatedAt: current.updatedAt, unchanged: true };
    }
    if (currentRevision !== input.revision) {
      const by = current?.updatedById ? await tx.user.findUnique({ where: { id: current.updatedById }, select: { name: true } }) : null;
      throw new AppError("conflict", "Someone else changed this answer since you loaded it", undefined, {
        current: { value: current ? JSON.parse(current.value) : null, revision: currentRevision, updatedAt: current?.updatedAt, updatedBy: by?.name ?? null },
        yours: { value: checked.data, revision: input.revision },
      });
    }
    const revision = currentRevision + 1;
    const data = { value, revision, updatedById: actor.userId, comment: input.comment === undefined ? current?.comment : input.comment, carriedForward: false };
    const saved = current
      ? await tx.answer.update({ where: { id: current.id }, data })
      : await tx.answer.create({ data: { assessmentId, questionId, ...data } });
    await tx.answerChange.create({
      data: { assessmentId, questionId, oldValue: current?.value ?? null, newValue: value, revision, changedById: actor.userId },
    });
    await tx.assessment.update({ where: { id: assessmentId }, data: storedScore(version, { ...answers, [questionId]: checked.data }) });
    return { questionId, value: checked.data, revision, updatedAt: saved.updatedAt, unchanged: false };
  });
}
