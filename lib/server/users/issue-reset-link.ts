import "server-only";
import { randomBytes } from "node:crypto";
import { isAdmin, type TActor } from "../../authz/policy";
import { ZUserRef } from "../../authz/user-schemas";
import { env } from "../../env";
import { audit } from "../audit";
import { auth } from "../auth";
import { db } from "../db";
import { forbidden, notFound } from "../errors";

const VALID_HOURS = 24;

/**
 * A one-time password-reset link an admin hands over when no SMTP server is configured. It uses
 * better-auth's own reset verification, so the reset page and token expiry are better-auth's.
 */
export async function issueResetLink(actor: TActor, raw: { userId: string }, locale = "en"): Promise<{ url: string; expiresAt: Date }> {
  if (!isAdmin(actor)) throw forbidden("Only admins issue reset links");
  const { userId } = ZUserRef.parse(raw);
  const user = await db().user.findUnique({ where: { id: userId } });
  if (!user) throw notFound("Unknown user");
  const token = randomBytes(18).toString("base64url");
  const expiresAt = new Date(Date.now() + VALID_HOURS * 3600_000);
  const ctx = await auth().$context;
  await ctx.internalAdapter.createVerificationValue({ value: user.id, identifier: `reset-password:${token}`, expiresAt });
  await audit(db(), actor, { action: "user.reset-link", entityType: "user", entityId: user.id });
  return { url: `${env().APP_URL}/${locale}/reset-password?token=${token}`, expiresAt };
}
