// Creates a Prisma client over the driver adapter that DATABASE_URL names. Not server-only on
// purpose: the CLI, the seed and the integration tests use it too (app code goes through lib/server/db.ts).
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";
import { databaseProvider, env, sqliteFilePath } from "../env";
import { serializedSqlite } from "./serialized-sqlite";

export type TDb = PrismaClient;

export function createDbClient(url: string): PrismaClient {
  if (databaseProvider(url) === "sqlite") {
    const file = sqliteFilePath(url, process.cwd());
    mkdirSync(path.dirname(file), { recursive: true });
    return new PrismaClient({ adapter: serializedSqlite(new PrismaBetterSQLite3({ url: file }), { synchronous: env().SQLITE_SYNCHRONOUS }) });
  }
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
}
