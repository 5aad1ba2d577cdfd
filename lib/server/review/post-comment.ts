import "server-only";
import { canEditPillar, isReviewer, type TActor } from "../../authz/policy";
import { ZComment } from "../../assessments/review-schemas";
import { loadAssessment } from "../assessments/load-assessment";
import { audit } from "../audit";
import { db } from "../db";
import { forbidden, notFound } from "../errors";
import { notify, reviewersFor } from "./notify";

/** A message in one answer's thread: reviewers write notes, the country replies to queries. */
export async function postComment(actor: TActor, assessmentId: string, questionId: string, raw: { body: string }) {
  const { body } = ZComment.parse(raw);
  const { assessment, version } = await loadAssessment(actor, assessmentId);
  const question = version.questionById[questionId];
  if (!question) throw notFound(`Unknown question ${questionId}`);
  const reviewer = isReviewer(actor);
  if (!reviewer && !canEditPillar(actor, assessment.countryIso3, question.pillar)) throw forbidden("You may not write in this thread");
  const recipients = reviewer ? [] : await reviewersFor(assessment.assigneeId);
  return db().$transaction(async (tx) => {
    const comment = await tx.reviewComment.create({ data: { assessmentId, questionId, kind: reviewer ? "note" : "reply", body, authorId: actor.userId } });
    await audit(tx, actor, {
      action: reviewer ? "thread.note" : "thread.reply",
      entityType: "answer",
      entityId: `${assessmentId}/${questionId}`,
      assessmentId,
      data: { questionId },
    });
    if (!reviewer) await notify(tx, recipients, "query-answered", assessmentId, { questionId, country: assessment.countryIso3 });
    return { id: comment.id };
  });
}

/** Every thread and review verdict of an assessment, by question, with author names. */
export async function reviewState(actor: TActor, assessmentId: string) {
  const { scope } = await loadAssessment(actor, assessmentId);
  const [comments, reviews] = await Promise.all([
    db().reviewComment.findMany({
      where: { assessmentId },
      orderBy: { createdAt: "asc" },
      select: { id: true, questionId: true, kind: true, body: true, authorId: true, createdAt: true },
    }),
    db().answerReview.findMany({ where: { assessmentId }, select: { questionId: true, state: true, adjustedValue: true, reason: true, updatedAt: true } }),
  ]);
  const people = await db().user.findMany({
    where: { id: { in: [...new Set(comments.flatMap((c) => (c.authorId ? [c.authorId] : [])))] } },
    select: { id: true, name: true },
  });
  const nameOf = new Map(people.map((p) => [p.id, p.name]));
  const threads: Record<string, { id: string; kind: string; body: string; author: string | null; at: string }[]> = {};
  // Threads and verdicts of the pillars the person may read only.
  for (const c of comments)
    if (c.questionId && scope.allows(c.questionId))
      (threads[c.questionId] ??= []).push({
        id: c.id,
        kind: c.kind,
        body: c.body,
        author: c.authorId ? (nameOf.get(c.authorId) ?? null) : null,
        at: c.createdAt.toISOString(),
      });
  const verdicts = Object.fromEntries(
    reviews
      .filter((r) => scope.allows(r.questionId))
      .map((r) => [r.questionId, { state: r.state, adjustedValue: r.adjustedValue ? JSON.parse(r.adjustedValue) : null, reason: r.reason }]),
  );
  return { threads, verdicts };
}
