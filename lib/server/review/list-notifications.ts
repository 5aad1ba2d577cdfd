import "server-only";
import type { TActor } from "../../authz/policy";
import { db } from "../db";

/** The actor's latest notifications, newest first. */
export async function listNotifications(actor: TActor, limit = 30) {
  const rows = await db().notification.findMany({ where: { userId: actor.userId }, orderBy: { createdAt: "desc" }, take: limit });
  return rows.map((n) => ({ ...n, data: JSON.parse(n.data) as Record<string, unknown> }));
}
