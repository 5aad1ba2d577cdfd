// Brings the database to the current schema and seeds it: migrations, countries, shipped
// questionnaires, and demo data on an empty non-production database. Safe to run on every start.
import { databaseProvider, env } from "../lib/env";
import { ensureClient } from "./generate-client";
import { prisma } from "./prisma-cli";

export async function prepareDb(options: { seed: boolean }): Promise<void> {
  ensureClient();
  prisma(["migrate", "deploy"], { capture: true });
  process.stdout.write(`Database (${databaseProvider()}) is at the latest migration\n`);
  if (!options.seed) return;
  // Imported late: the generated client must exist first.
  const { seedAll } = await import("../lib/seed/seed-all");
  const summary = await seedAll({ demo: env().APP_ENV !== "production" });
  process.stdout.write(`Seeded: ${JSON.stringify(summary)}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  prepareDb({ seed: !process.argv.includes("--no-seed") }).then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
