import "server-only";
import type { TActor } from "../../authz/policy";
import { db } from "../db";

export async function markNotificationsRead(actor: TActor) {
  await db().notification.updateMany({ where: { userId: actor.userId, readAt: null }, data: { readAt: new Date() } });
}
