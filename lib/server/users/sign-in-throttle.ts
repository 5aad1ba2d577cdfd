import "server-only";
import { env } from "../../env";
import { db } from "../db";

/**
 * Failed sign-ins per account, in the database so every app instance counts the same attempts.
 * The per-address limit is better-auth's (rate_limit table); this one stops a guesser who spreads
 * attempts over many addresses. Unknown e-mails are counted the same way, so the answer does not
 * tell whether an account exists.
 */
const keyOf = (email: string) => `account:${email.trim().toLowerCase()}`;

/** Seconds until the account may try again; null when it is not locked. */
export async function accountLockedFor(email: string, now = new Date()): Promise<number | null> {
  const row = await db().signInThrottle.findUnique({ where: { key: keyOf(email) } });
  if (!row?.lockedUntil || row.lockedUntil <= now) return null;
  return Math.ceil((row.lockedUntil.getTime() - now.getTime()) / 1000);
}

export async function recordFailedSignIn(email: string, now = new Date()): Promise<void> {
  const { SIGN_IN_ACCOUNT_LIMIT, SIGN_IN_LOCK_MINUTES } = env();
  const windowMs = SIGN_IN_LOCK_MINUTES * 60_000;
  const key = keyOf(email);
  const windowStart = new Date(now.getTime() - windowMs);
  // Counting happens in the database (an atomic increment), never in this process.
  const counted = await db().signInThrottle.updateMany({ where: { key, firstAt: { gt: windowStart } }, data: { failures: { increment: 1 } } });
  if (counted.count === 0) {
    await db().signInThrottle.upsert({ where: { key }, create: { key, failures: 1, firstAt: now }, update: { failures: 1, firstAt: now, lockedUntil: null } });
    // Forget attempts whose window and lock are over (keeps the table small).
    await db().signInThrottle.deleteMany({ where: { firstAt: { lt: windowStart }, OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }] } });
  }
  await db().signInThrottle.updateMany({
    where: { key, failures: { gte: SIGN_IN_ACCOUNT_LIMIT }, OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }] },
    data: { lockedUntil: new Date(now.getTime() + windowMs) },
  });
}

export async function clearFailedSignIns(email: string): Promise<void> {
  await db().signInThrottle.deleteMany({ where: { key: keyOf(email) } });
}

/** The English message the API returns; the sign-in form shows its own translation of it. */
export function tooManyAttemptsMessage(retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `Too many attempts: try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}`;
}
