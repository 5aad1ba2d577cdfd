// Runs the integration suite against real SQLite and real PostgreSQL, each on a fresh database.
// PostgreSQL comes from TEST_POSTGRES_URL (a server URL; a fresh database is created on it) or, when
// unset, a private cluster started here. In CI a missing PostgreSQL is a failure, never a silent skip.
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import pg from "pg";
import { findPostgresBin, startPrivatePostgres, type TPrivatePostgres } from "./test-support/private-postgres";

// Test files own their data, so they run in any order: a new file order every run (the seed is
// printed, TEST_SEED=N replays it), and on PostgreSQL two files at a time.
const SEED = Number(process.env.TEST_SEED ?? Date.now() % 100_000);

function vitest(databaseUrl: string, label: string, extra: string[] = []): number {
  process.stdout.write(`\n=== Integration tests on ${label} (file order seed ${SEED}; replay with TEST_SEED=${SEED}) ===\n`);
  const env = { ...process.env, DATABASE_URL: databaseUrl, APP_ENV: "test", LOG_LEVEL: "silent", DATA_DIR: "./data/test-integration" };
  const gen = spawnSync("npx", ["tsx", "scripts/generate-client.ts"], { env, stdio: "inherit" });
  if (gen.status !== 0) return 1;
  const migrate = spawnSync(process.execPath, ["node_modules/prisma/build/index.js", "migrate", "deploy"], { env, stdio: "inherit" });
  if (migrate.status !== 0) return 1;
  const order = ["--sequence.shuffle.files", `--sequence.seed=${SEED}`];
  const run = spawnSync("npx", ["vitest", "run", "--config", "vitest.integration.config.mts", ...order, ...extra], { env, stdio: "inherit" });
  return run.status ?? 1;
}

async function freshPgDatabase(serverUrl: string): Promise<string> {
  const name = `five_pillars_test_${Date.now()}`;
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function main(): Promise<number> {
  const only = process.argv[2]; // "sqlite" | "postgresql" | undefined (both)
  let failed = 0;
  if (only !== "postgresql") {
    rmSync("data/test-integration", { recursive: true, force: true });
    mkdirSync("data/test-integration", { recursive: true });
    failed += vitest("file:./data/test-integration/integration.db", "SQLite") === 0 ? 0 : 1;
  }
  if (only !== "sqlite") {
    let server: TPrivatePostgres | undefined;
    let serverUrl = process.env.TEST_POSTGRES_URL;
    if (!serverUrl && findPostgresBin()) {
      server = startPrivatePostgres();
      serverUrl = server.url;
    }
    if (!serverUrl) {
      process.stdout.write("\n!!! PostgreSQL integration tests NOT RUN: install PostgreSQL or set TEST_POSTGRES_URL !!!\n");
      failed += process.env.CI ? 1 : 0;
    } else {
      try {
        // SQLite has one writer at a time; PostgreSQL takes writers in parallel, as in production.
        failed += vitest(await freshPgDatabase(serverUrl), "PostgreSQL", ["--fileParallelism", "--maxWorkers=2"]) === 0 ? 0 : 1;
      } finally {
        server?.stop();
      }
    }
  }
  // Leave the client generated for the default database, as the app and the e2e tests expect.
  spawnSync("npx", ["tsx", "scripts/generate-client.ts"], { stdio: "inherit", env: { ...process.env, DATABASE_URL: "file:./data/five-pillars.db" } });
  return failed;
}

main().then(
  (failed) => process.exit(failed ? 1 : 0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
