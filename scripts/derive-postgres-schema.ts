// Derives prisma/postgresql/schema.prisma from the SQLite source schema: only the datasource differs.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";

export const SOURCE_SCHEMA = "prisma/schema.prisma";
export const POSTGRES_SCHEMA = "prisma/postgresql/schema.prisma";

export function derivePostgresSchema(source: string): string {
  const header = "// GENERATED from prisma/schema.prisma by scripts/derive-postgres-schema.ts: do not edit.\n";
  return (
    header +
    source
      .replace('provider = "sqlite"', 'provider = "postgresql"')
      .replace(/url\s*=\s*"file:[^"]*"/, 'url      = "postgresql://localhost/five_pillars"')
      .replace('output     = "../lib/generated/prisma"', 'output     = "../../lib/generated/prisma"')
  );
}

export function writePostgresSchema(): string {
  const derived = derivePostgresSchema(readFileSync(SOURCE_SCHEMA, "utf8"));
  mkdirSync("prisma/postgresql", { recursive: true });
  writeFileSync(POSTGRES_SCHEMA, derived);
  return POSTGRES_SCHEMA;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(`wrote ${writePostgresSchema()}\n`);
}
