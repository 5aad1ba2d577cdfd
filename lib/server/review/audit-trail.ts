import "server-only";
import { canViewCountry, type TActor } from "../../authz/policy";
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

/** The trail as CSV (RFC 4180 quoting) for archives and spreadsheets. */
export function auditCsv(rows: Awaited<ReturnType<typeof auditTrail>>): string {
  // A leading = + - @ would make spreadsheets evaluate the cell: neutralise it (OWASP CSV injection).
  const q = (v: unknown) => `"${String(v ?? "").replace(/^[=+\-@]/, "'$&").replaceAll('"', '""')}"`;
  const lines = rows.map((r) => [r.at.toISOString(), r.action, r.actor, r.data.from ?? "", r.data.to ?? "", r.data.reason ?? "", r.data.questionId ?? ""].map(q).join(","));
  return ["at,action,actor,from,to,reason,question", ...lines].join("\r\n") + "\r\n";
}
