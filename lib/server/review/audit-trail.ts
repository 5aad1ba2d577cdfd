import "server-only";
import { canViewCountry, type TActor } from "../../authz/policy";
import { toCsv } from "../../exports/csv";
import { db } from "../db";
import { notFound } from "../errors";

/** The full, ordered history of an assessment from the append-only audit log. */
export async function auditTrail(actor: TActor, assessmentId: string, filter: { action?: string } = {}) {
  const assessment = await db().assessment.findUnique({ where: { id: assessmentId }, select: { countryIso3: true } });
  if (!assessment || !canViewCountry(actor, assessment.countryIso3)) throw notFound("Assessment not found");
  const rows = await db().auditLog.findMany({
    where: { assessmentId, ...(filter.action ? { action: { startsWith: filter.action } } : {}) },
    orderBy: [{ at: "asc" }, { id: "asc" }],
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
