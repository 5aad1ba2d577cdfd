import "server-only";
import { answerWriteMode } from "../../authz/assessment-rules";
import { canEditPillar, canViewCountry, isFocalPointOf, isReviewer, type TActor } from "../../authz/policy";
import { ZSaveAnswer, type TSaveAnswer } from "../../assessments/answer-schemas";
import { answerSchemaFor } from "../../scoring/answer-value";
import { db } from "../db";
import { AppError, forbidden, isUniqueViolation, notFound } from "../errors";
import { loadStoredVersion } from "../questionnaires/get-questionnaire-version";
import { answersOf, recordScore } from "./record-score";

export type TSavedAnswer = { questionId: string; value: unknown; revision: number; updatedAt: Date; unchanged: boolean };

class LostRace extends Error {}

const answerSelect = {
  id: true,
  questionId: true,
  value: true,
  comment: true,
  revision: true,
  carriedForward: true,
  provenance: true,
  sourceUrl: true,
  sourceTitle: true,
  sourceAccessedOn: true,
  sourceExcerpt: true,
  updatedAt: true,
} as const;

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
    select: {
      countryIso3: true,
      status: true,
      submittedAt: true,
      cycle: { select: { opensAt: true, closesAt: true, validationDeadline: true, questionnaireVersionId: true } },
    },
  });
  if (!head || !canViewCountry(actor, head.countryIso3)) throw notFound("Assessment not found");
  const version = await loadStoredVersion(head.cycle.questionnaireVersionId);
  const question = version.questionById[questionId];
  if (!question) throw notFound(`Unknown question ${questionId}`);
  const who = {
    editsPillar: canEditPillar(actor, head.countryIso3, question.pillar),
    focalPoint: isFocalPointOf(actor, head.countryIso3),
    reviewer: isReviewer(actor),
  };
  const write = answerWriteMode({ status: head.status, ...head.cycle }, who, new Date());
  if (!write.ok && write.reason === "role") throw forbidden("You may not edit this pillar");
  if (!write.ok) throw new AppError("conflict", `This assessment cannot be edited now (${write.reason})`, undefined, { reason: write.reason });
  // Desk research names its public source; a country's answer never carries one.
  if (write.mode === "desk-research" && input.value !== null && !input.source) {
    throw new AppError("invalid", "Desk research needs its source: the web address, title and the day it was read", { source: "Give the source" });
  }
  const deskSource = input.source
    ? { sourceUrl: input.source.url, sourceTitle: input.source.title, sourceAccessedOn: input.source.accessedOn, sourceExcerpt: input.source.excerpt ?? null }
    : {};
  const noSource = { sourceUrl: null, sourceTitle: null, sourceAccessedOn: null, sourceExcerpt: null };
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
      const locked = await tx.assessment.updateMany({ where: { id: assessmentId, status: head.status }, data: { updatedAt: new Date() } });
      if (locked.count !== 1) throw new AppError("conflict", "This assessment was just submitted");
      // Every answer at once: the one being saved is checked against its revision, and the rest
      // score the assessment without another read.
      const rows = await tx.answer.findMany({ where: { assessmentId }, select: answerSelect });
      const current = rows.find((r) => r.questionId === questionId);
      const sameSource =
        write.mode !== "desk-research" ||
        !input.source ||
        (input.source.url === current?.sourceUrl &&
          input.source.title === current.sourceTitle &&
          input.source.accessedOn === current.sourceAccessedOn &&
          (input.source.excerpt ?? null) === current.sourceExcerpt);
      if (current && current.value === value && sameSource && (input.comment === undefined || input.comment === current.comment)) {
        // Saving a carried-forward answer unchanged confirms it.
        if (current.carriedForward) await tx.answer.update({ where: { id: current.id }, data: { carriedForward: false } });
        return { questionId, value: checked.data, revision: current.revision, updatedAt: current.updatedAt, unchanged: true };
      }
      if ((current?.revision ?? 0) !== input.revision) throw new LostRace();
      // The focal point changing a drafted value corrects it: the answer becomes the country's, and says
      // why (its comment, or evidence on the question). A comment alone leaves the drafted answer as it is.
      const drafted = write.mode === "correction" && current?.provenance === "desk-research";
      const corrects = drafted && current.value !== value;
      if (corrects) {
        const comment = (input.comment === undefined ? current.comment : input.comment)?.trim();
        const evidence = comment ? 1 : await tx.evidence.count({ where: { assessmentId, questionId, deletedAt: null } });
        if (!comment && evidence === 0) {
          throw new AppError("invalid", "Correcting a drafted answer needs a comment or evidence", { comment: "Say why, or add evidence first" });
        }
      }
      const revision = input.revision + 1;
      const data = {
        value,
        revision,
        updatedById: actor.userId,
        comment: input.comment === undefined ? current?.comment : input.comment,
        carriedForward: false,
        ...(write.mode === "desk-research"
          ? { provenance: "desk-research", ...deskSource, confirmedAt: null }
          : drafted && !corrects
            ? {}
            : { provenance: "country", ...noSource, confirmedAt: null }),
      };
      const provenance = write.mode === "desk-research" || (drafted && !corrects) ? "desk-research" : "country";
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
        data: { assessmentId, questionId, oldValue: current?.value ?? null, newValue: value, revision, provenance, changedById: actor.userId },
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
