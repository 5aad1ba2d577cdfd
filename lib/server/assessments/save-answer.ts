import "server-only";
import { countryMayEdit } from "../../authz/assessment-rules";
import { canEditPillar, canViewCountry, type TActor } from "../../authz/policy";
import { ZSaveAnswer, type TSaveAnswer } from "../../assessments/answer-schemas";
import { answerSchemaFor } from "../../scoring/answer-value";
import { db } from "../db";
import { AppError, forbidden, notFound } from "../errors";
import { loadStoredVersion } from "../questionnaires/get-questionnaire-version";
import { answersOf, recordScore } from "./record-score";

export type TSavedAnswer = { questionId: string; value: unknown; revision: number; updatedAt: Date; unchanged: boolean };

/** Statuses in which the country may write; the date window is checked before the transaction. */
const WRITABLE = ["draft", "returned"];

class LostRace extends Error {}

const answerSelect = { id: true, questionId: true, value: true, comment: true, revision: true, carriedForward: true, updatedAt: true } as const;

const isUniqueViolation = (e: unknown) => typeof e === "object" && e !== null && (e as { code?: string }).code === "P2002";

async function conflictWith(assessmentId: string, questionId: string, yours: { value: unknown; revision: number }): Promise<AppError> {
  const current = await db().answer.findUnique({ where: { assessmentId_questionId: { assessmentId, questionId } } });
  const by = current?.updatedById ? await db().user.findUnique({ where: { id: current.updatedById }, select: { name: true } }) : null;
  return new AppError("conflict", "Someone else changed this answer since you loaded it", undefined, {
    current: {
      value: current ? JSON.parse(current.value) : null,
      revision: current?.revision ?? 0,
      updatedAt: current?.updatedAt ?? null,
      updatedBy: by?.name ?? null,
    },
    yours,
  });
}

/**
 * Saves one answer as a compare-and-set on its revision: the client sends the revision it last saw,
 * and exactly one save per revision wins; the others get 409 with both values, unless they carry
 * the stored value, which makes retries idempotent. The assessment row is locked first, so the
 * revision check, the answer, its history and the stored score are one consistent step even when
 * many people save at once.
 */
export async function saveAnswer(actor: TActor, assessmentId: string, questionId: string, raw: TSaveAnswer): Promise<TSavedAnswer> {
  const input = ZSaveAnswer.parse(raw);
  const head = await db().assessment.findUnique({
    where: { id: assessmentId },
    select: { countryIso3: true, status: true, submittedAt: true, cycle: { select: { opensAt: true, closesAt: true, questionnaireVersionId: true } } },
  });
  if (!head || !canViewCountry(actor, head.countryIso3)) throw notFound("Assessment not found");
  const version = await loadStoredVersion(head.cycle.questionnaireVersionId);
  const question = version.questionById[questionId];
  if (!question) throw notFound(`Unknown question ${questionId}`);
  if (!canEditPillar(actor, head.countryIso3, question.pillar)) throw forbidden("You may not edit this pillar");
  const window = countryMayEdit({ status: head.status, ...head.cycle }, new Date());
  if (!window.ok) throw new AppError("conflict", `This assessment cannot be edited now (${window.reason})`, undefined, { reason: window.reason });
  const checked = input.value === null ? { success: true as const, data: null } : answerSchemaFor(question).safeParse(input.value);
  if (!checked.success)
    throw new AppError("invalid", `${questionId}: ${checked.error.issues[0]?.message}`, { value: checked.error.issues[0]?.message ?? "Invalid" });
  const value = JSON.stringify(checked.data);
  const yours = { value: checked.data, revision: input.revision };

  try {
    return await db().$transaction(async (tx) => {
      // Locks the assessment row (PostgreSQL) and re-checks the status under the lock: a submission
      // may have landed since the first read. Later reads in this transaction see every save that
      // committed before the lock was granted.
      const locked = await tx.assessment.updateMany({ where: { id: assessmentId, status: { in: WRITABLE } }, data: { updatedAt: new Date() } });
      if (locked.count !== 1) throw new AppError("conflict", "This assessment was just submitted");
      // Every answer at once: the one being saved is checked against its revision, and the rest
      // score the assessment without another read.
      const rows = await tx.answer.findMany({ where: { assessmentId }, select: answerSelect });
      const current = rows.find((r) => r.questionId === questionId);
      if (current && current.value === value && (input.comment === undefined || input.comment === current.comment)) {
        // Saving a carried-forward answer unchanged confirms it.
        if (current.carriedForward) await tx.answer.update({ where: { id: current.id }, data: { carriedForward: false } });
        return { questionId, value: checked.data, revision: current.revision, updatedAt: current.updatedAt, unchanged: true };
      }
      if ((current?.revision ?? 0) !== input.revision) throw new LostRace();
      const revision = input.revision + 1;
      const data = {
        value,
        revision,
        updatedById: actor.userId,
        comment: input.comment === undefined ? current?.comment : input.comment,
        carriedForward: false,
      };
      const updatedAt = new Date();
      if (current) {
        // Compare-and-set on the revision, even under the lock.
        const moved = await tx.answer.updateMany({ where: { id: current.id, revision: current.revision }, data: { ...data, updatedAt } });
        if (moved.count !== 1) throw new LostRace();
      } else {
        await tx.answer.createMany({ data: { assessmentId, questionId, ...data, updatedAt } });
      }
      // createMany/updateMany: nothing is read back (create and update return the whole row).
      await tx.answerChange.createMany({
        data: { assessmentId, questionId, oldValue: current?.value ?? null, newValue: value, revision, changedById: actor.userId },
      });
      const answers = answersOf(rows);
      answers[questionId] = checked.data;
      await recordScore(tx, assessmentId, version, head.status, { answers, mayHaveReviews: head.submittedAt !== null });
      return { questionId, value: checked.data, revision, updatedAt, unchanged: false };
    });
  } catch (error) {
    // A stale revision, or a first save that lost the insert race: a conflict, never a 500.
    if (error instanceof LostRace || isUniqueViolation(error)) throw await conflictWith(assessmentId, questionId, yours);
    throw error;
  }
}
