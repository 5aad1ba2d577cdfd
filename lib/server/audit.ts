import "server-only";
import type { TActor } from "../authz/policy";
import type { TDb } from "../db/create-client";

type TTx = Pick<TDb, "auditLog">;

/** Appends to the audit log. The only writer of that table; nothing updates or deletes its rows. */
export async function audit(
  tx: TTx,
  actor: TActor,
  entry: { action: string; entityType: string; entityId: string; assessmentId?: string; data?: unknown },
): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: actor.via === "system" ? null : actor.userId,
      // Who it was at the time: people may edit their name (and admins the e-mail) later.
      actorName: actor.via === "system" ? null : actor.name,
      actorEmail: actor.via === "system" ? null : actor.email,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      assessmentId: entry.assessmentId,
      // The CLI has no account.
      data: JSON.stringify({ ...((entry.data as object) ?? {}), ...(actor.via === "system" ? { by: "cli" } : {}) }),
    },
  });
}
