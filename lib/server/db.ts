import "server-only";
import { createDbClient, type TDb } from "../db/create-client";
import { env } from "../env";

// One client per process; Next's dev server reloads modules, so keep it on globalThis.
const globalForDb = globalThis as unknown as { fivePillarsDb?: TDb };

export function db(): TDb {
  globalForDb.fivePillarsDb ??= createDbClient(env().DATABASE_URL);
  return globalForDb.fivePillarsDb;
}
