import "server-only";
import type { TDb } from "../../db/create-client";
import { db } from "../db";

/**
 * Ends every session of a person at once. Sessions live only in the database (no cookie cache, no
 * per-process copy), so the next request on any instance is refused.
 */
export async function endSessions(userId: string, tx: Pick<TDb, "session"> = db()): Promise<number> {
  return (await tx.session.deleteMany({ where: { userId } })).count;
}
