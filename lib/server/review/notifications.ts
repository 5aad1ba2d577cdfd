import "server-only";
import type { TActor } from "../../authz/policy";
import { db } from "../db";

export async function listNotifications(actor: TActor, limit = 30) {
  const rows = await db().notification.findMany({ where: { userId: actor.userId }, orderBy: { createdAt: "desc" }, take: limit });
  return rows.map((n) => ({ ...n, data: JSON.parse(n.data) as Record<string, unknown> }));
}

export async function unreadCount(actor: TActor) {
  return db().notification.count({ where: { userId: actor.userId, readAt: null } });
}

export async function markNotificationsRead(actor: TActor) {
  await db().notification.updateMany({ where: { userId: actor.userId, readAt: null }, data: { readAt: new Date() } });
}
