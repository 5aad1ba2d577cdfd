import "server-only";
import type { TActor } from "../../authz/policy";
import { db } from "../db";

/** How many of the actor's notifications are unread (the header's badge). */
export async function unreadCount(actor: TActor) {
  return db().notification.count({ where: { userId: actor.userId, readAt: null } });
}
