import "server-only";
import type { TActor } from "../../authz/policy";
import { db } from "../db";
import { notFound } from "../errors";
import { loadAssessment } from "./load-assessment";

/** Every change of one answer (who, when, old, new), newest first. */
export async function answerHistory(actor: TActor, assessmentId: string, questionId: string) {
  const { scope } = await loadAssessment(actor, assessmentId);
  // Another pillar's history is as unknown to a contributor as another country's assessment.
  if (!scope.allows(questionId)) throw notFound("Answer not found");
  const changes = await db().answerChange.findMany({
    where: { assessmentId, questionId },
    orderBy: { revision: "desc" },
    select: { revision: true, oldValue: true, newValue: true, changedAt: true, changedById: true },
  });
  const people = await db().user.findMany({
    where: { id: { in: [...new Set(changes.flatMap((c) => (c.changedById ? [c.changedById] : [])))] } },
    select: { id: true, name: true },
  });
  const nameOf = new Map(people.map((p) => [p.id, p.name]));
  return changes.map((c) => ({
    revision: c.revision,
    at: c.changedAt,
    by: c.changedById ? (nameOf.get(c.changedById) ?? null) : null,
    old: c.oldValue === null ? null : JSON.parse(c.oldValue),
    new: JSON.parse(c.newValue),
  }));
}
