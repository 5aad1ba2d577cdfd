import "server-only";
import type { TDb } from "../../db/create-client";
import { db } from "../db";
import { logger } from "../logger";
import { mailConfigured, sendMail } from "../mail";

export type TNotificationKind = "submitted" | "returned" | "query" | "query-answered" | "validated" | "reopened" | "validation-requested" | "declined";

type TTx = Pick<TDb, "notification">;

/** The people a workflow event concerns: the country's focal points, or the reviewers (the assignee first). */
export async function focalPointsOf(countryIso3: string): Promise<string[]> {
  const grants = await db().roleGrant.findMany({ where: { role: "focal-point", countryIso3 }, select: { userId: true } });
  return grants.map((g) => g.userId);
}

export async function reviewersFor(assigneeId: string | null): Promise<string[]> {
  if (assigneeId) return [assigneeId];
  const grants = await db().roleGrant.findMany({ where: { role: "reviewer" }, select: { userId: true } });
  return [...new Set(grants.map((g) => g.userId))];
}

/** In-app notifications, written in the caller's transaction. */
export async function notify(tx: TTx, userIds: string[], kind: TNotificationKind, assessmentId: string, data: Record<string, unknown> = {}) {
  if (userIds.length === 0) return;
  await tx.notification.createMany({ data: userIds.map((userId) => ({ userId, kind, assessmentId, data: JSON.stringify(data) })) });
}

/** E-mail copies, after the transaction committed; a mail failure never undoes the workflow step. */
export async function mailNotifications(userIds: string[], subject: string, text: string) {
  if (!mailConfigured() || userIds.length === 0) return;
  const users = await db().user.findMany({ where: { id: { in: userIds } }, select: { email: true } });
  for (const u of users) await sendMail({ to: u.email, subject, text }).catch((err: unknown) => logger.warn({ err }, "notification mail failed"));
}
