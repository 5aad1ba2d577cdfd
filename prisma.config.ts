// Prisma CLI configuration: the provider (and so schema, migrations and driver adapter) follows DATABASE_URL.
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { PrismaConfig } from "prisma";
import { databaseProvider, env, sqliteFilePath } from "./lib/env";

const url = env().DATABASE_URL;
const provider = databaseProvider(url);

async function adapter() {
  if (provider === "sqlite") {
    const { PrismaBetterSQLite3 } = await import("@prisma/adapter-better-sqlite3");
    const file = sqliteFilePath(url, process.cwd());
    mkdirSync(path.dirname(file), { recursive: true });
    return new PrismaBetterSQLite3({ url: file });
  }
  const pg = (await import("pg")).default;
  // adapter-pg 6.19 cannot deserialize the catalog types `name` and `"char"` that migrate reads:
  // report them as text, which they are.
  const result = pg.Result.prototype as unknown as { addFields(f: { dataTypeID: number }[]): void; __patched?: boolean };
  if (!result.__patched) {
    const original = result.addFields;
    result.addFields = function (fields) {
      for (const f of fields) if (f.dataTypeID === 19 || f.dataTypeID === 18) f.dataTypeID = 25;
      original.call(this, fields);
    };
    result.__patched = true;
  }
  const { PrismaPg } = await import("@prisma/adapter-pg");
  return new PrismaPg({ connectionString: url });
}

export default {
  experimental: { adapter: true },
  engine: "js",
  adapter,
  schema: provider === "sqlite" ? path.join("prisma", "schema.prisma") : path.join("prisma", "postgresql", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations", provider) },
} satisfies PrismaConfig;
