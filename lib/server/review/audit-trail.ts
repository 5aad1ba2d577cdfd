import "server-only";
import type { TActor } from "../../authz/policy";
import { toCsv } from "../../exports/csv";
import { db } from "../db";
import { assessmentScope } from "../assessments/assessment-scope";

/** The question an entry is about: its data's questionId, or an answer entity "<assessment>/<question>". */
function answerOf(row: { entityType: string; entityId: string; data: string }): string | null {
  const data = JSON.parse(row.data) as { questionId?: unknown };
  if (typeof data.questionId === "string") return data.questionId;
  if (row.entityType === "answer") return row.entityId.split("/")[1] ?? null;
  return null;
}

/** The full, ordered history of an assessment from the append-only audit log. */
export async function auditTrail(actor: TActor, assessmentId: string, filter: { action?: string } = {}) {
  const { scope } = await assessmentScope(actor, assessmentId);
  const all = await db().auditLog.findMany({
    where: { assessmentId, ...(filter.action ? { action: { startsWith: filter.action } } : {}) },
    orderBy: [{ at: "asc" }, { id: "asc" }],
  });
  // Entries about one answer belong to its pillar: a contributor reads those of their own pillars.
  const rows = scope.whole ? all : all.filter((r) => {
    const questionId = answerOf(r);
    return questionId === null || scope.allows(questionId);
  });
  const people = await db().user.findMany({ where: { id: { in: [...new Set(rows.flatMap((r) => (r.actorId ? [r.actorId] : [])))] } }, select: { id: true, name: true, email: true } });
  const who = new Map(people.map((p) => [p.id, p]));
  return rows.map((r) => ({ at: r.at, action: r.action, actor: r.actorId ? (who.get(r.actorId)?.name ?? r.actorId) : "system", data: JSON.parse(r.data) as Record<string, unknown> }));
}

/** The trail as CSV for archives and spreadsheets (formula-safe, see lib/exports/csv.ts). */
export function auditCsv(rows: Awaited<ReturnType<typeof auditTrail>>): string {
  const text = (v: unknown) => (v === undefined || v === null ? "" : String(v));
  return toCsv(
    ["at", "action", "actor", "from", "to", "reason", "question"],
    rows.map((r) => [r.at.toISOString(), r.action, r.actor, text(r.data.from), text(r.data.to), text(r.data.reason), text(r.data.questionId)]),
  );
}
