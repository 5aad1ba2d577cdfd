import "server-only";
import type { TActor } from "../../authz/policy";
import { db } from "../db";
import { loadAssessment } from "./load-assessment";

/** Every change of one answer (who, when, old, new), newest first. */
export async function answerHistory(actor: TActor, assessmentId: string, questionId: string) {
  await loadAssessment(actor, assessmentId);
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
