import "server-only";
import { env } from "../../env";
import { db } from "../db";

/** How often a session's last use is written (a bound on writes, and on the idle timeout's precision). */
const TOUCH_EVERY_MS = 60_000;

/**
 * The idle timeout: a session unused for SESSION_IDLE_MINUTES is deleted and refused. Its last use
 * is the row's updatedAt (better-auth never refreshes sessions here, so only this writes it). The
 * absolute lifetime is better-auth's expiresAt, SESSION_MAX_HOURS after sign-in, never extended.
 */
export async function sessionStillAlive(session: { id: string; updatedAt: Date | string }, now = Date.now()): Promise<boolean> {
  const lastUse = new Date(session.updatedAt).getTime();
  if (now - lastUse > env().SESSION_IDLE_MINUTES * 60_000) {
    await db().session.deleteMany({ where: { id: session.id } });
    return false;
  }
  if (now - lastUse > TOUCH_EVERY_MS) await db().session.updateMany({ where: { id: session.id }, data: { updatedAt: new Date(now) } });
  return true;
}
