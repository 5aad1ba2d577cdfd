import "server-only";
import { isAdmin, type TActor } from "../../authz/policy";
import { ZUserRef } from "../../authz/user-schemas";
import { audit } from "../audit";
import { db } from "../db";
import { AppError, forbidden, notFound } from "../errors";
import { endSessions } from "./end-sessions";

/** Disables an account: it cannot sign in, its sessions end at once and its API tokens stop working. */
export async function disableUser(actor: TActor, raw: { userId: string }): Promise<void> {
  if (!isAdmin(actor)) throw forbidden("Only admins disable accounts");
  const { userId } = ZUserRef.parse(raw);
  if (userId === actor.userId) throw new AppError("conflict", "You cannot disable your own account; ask another admin");
  if (!(await db().user.findUnique({ where: { id: userId } }))) throw notFound("Unknown user");
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { disabledAt: new Date() } });
    await endSessions(userId, tx);
    await audit(tx, actor, { action: "user.disable", entityType: "user", entityId: userId });
  });
}

export async function enableUser(actor: TActor, raw: { userId: string }): Promise<void> {
  if (!isAdmin(actor)) throw forbidden("Only admins enable accounts");
  const { userId } = ZUserRef.parse(raw);
  if (!(await db().user.findUnique({ where: { id: userId } }))) throw notFound("Unknown user");
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { disabledAt: null } });
    await audit(tx, actor, { action: "user.enable", entityType: "user", entityId: userId });
  });
}
