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
  const rows = scope.whole
    ? all
    : all.filter((r) => {
        const questionId = answerOf(r);
        return questionId === null || scope.allows(questionId);
      });
  // The name and e-mail recorded with the event (people edit their names); rows from before the
  // snapshot columns existed, and not backfilled, fall back to the person's current record.
  const missing = [...new Set(rows.flatMap((r) => (r.actorId && !r.actorName ? [r.actorId] : [])))];
  const people = missing.length ? await db().user.findMany({ where: { id: { in: missing } }, select: { id: true, name: true, email: true } }) : [];
  const who = new Map(people.map((p) => [p.id, p]));
  return rows.map((r) => {
    const current = r.actorId ? who.get(r.actorId) : undefined;
    return {
      at: r.at,
      action: r.action,
      actor: r.actorId ? (r.actorName ?? current?.name ?? r.actorId) : "system",
      actorEmail: r.actorId ? (r.actorEmail ?? current?.email ?? null) : null,
      data: JSON.parse(r.data) as Record<string, unknown>,
    };
  });
}

/** The trail as CSV for archives and spreadsheets (formula-safe, see lib/exports/csv.ts). */
export function auditCsv(rows: Awaited<ReturnType<typeof auditTrail>>): string {
  const text = (v: unknown) => (v === undefined || v === null ? "" : String(v));
  return toCsv(
    ["at", "action", "actor", "actor_email", "from", "to", "reason", "question"],
    rows.map((r) => [
      r.at.toISOString(),
      r.action,
      r.actor,
      text(r.actorEmail),
      text(r.data.from),
      text(r.data.to),
      text(r.data.reason),
      text(r.data.questionId),
    ]),
  );
}
