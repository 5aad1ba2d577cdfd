// `npm run db:new-migration -- <name>`: writes the same schema change as a migration for SQLite and
// for PostgreSQL. Each migrations folder keeps a snapshot of the schema it was last migrated to, so the
// diff needs no shadow database (which fails with better-sqlite3, see shared/STACK.md).
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { POSTGRES_SCHEMA, SOURCE_SCHEMA, writePostgresSchema } from "./derive-postgres-schema";
import { prisma } from "./prisma-cli";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  process.stderr.write("usage: npm run db:new-migration -- <snake_case_name>\n");
  process.exit(2);
}
writePostgresSchema();

const targets = [
  { provider: "sqlite", schema: SOURCE_SCHEMA },
  { provider: "postgresql", schema: POSTGRES_SCHEMA },
] as const;

for (const { provider, schema } of targets) {
  const dir = path.join("prisma", "migrations", provider);
  mkdirSync(dir, { recursive: true });
  const snapshot = path.join(dir, "schema.snapshot.prisma");
  const from = existsSync(snapshot) ? ["--from-schema-datamodel", snapshot] : ["--from-empty"];
  const sql = prisma(["migrate", "diff", ...from, "--to-schema-datamodel", schema, "--script"], { capture: true });
  if (!/\b(CREATE|ALTER|DROP)\b/.test(sql)) {
    process.stdout.write(`${provider}: no changes\n`);
    continue;
  }
  const count = readdirSync(dir).filter((d) => /^\d{4}_/.test(d)).length;
  const folder = path.join(dir, `${String(count + 1).padStart(4, "0")}_${name}`);
  mkdirSync(folder);
  writeFileSync(path.join(folder, "migration.sql"), sql);
  writeFileSync(path.join(dir, "migration_lock.toml"), `provider = "${provider}"\n`);
  copyFileSync(schema, snapshot);
  process.stdout.write(`${provider}: wrote ${folder}/migration.sql\n`);
}
