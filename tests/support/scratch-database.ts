// A second, empty, migrated database of the same kind as DATABASE_URL (a SQLite file in a temporary
// folder, or a new database on the same PostgreSQL server: in CI the one TEST_POSTGRES_URL names),
// for tests that restore a backup or need a source of their own.
import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { createDbClient, type TDb } from "@/lib/db/create-client";
import { databaseProvider, env } from "@/lib/env";

export type TScratchDatabase = { url: string; client: TDb; drop: () => Promise<void> };

function migrate(url: string): void {
  const run = spawnSync(process.execPath, ["node_modules/prisma/build/index.js", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`migrate deploy failed for the scratch database:\n${run.stdout}\n${run.stderr}`);
}

const admin = async (sql: string) => {
  const c = new pg.Client({ connectionString: env().DATABASE_URL });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
};
const urlOf = (name: string) => {
  const url = new URL(env().DATABASE_URL);
  url.pathname = `/${name}`;
  return url.toString();
};

// Migrating takes seconds (a PostgreSQL migrate deploy about ten); it runs once per test file into a
// template, and each scratch database is a copy of it (CREATE DATABASE ... TEMPLATE, or a file copy).
let template: Promise<string> | undefined;
const templateFolder = mkdtempSync(path.join(tmpdir(), "five-pillars-db-"));

function migratedTemplate(): Promise<string> {
  template ??= (async () => {
    if (databaseProvider() === "sqlite") {
      const file = path.join(templateFolder, "template.db");
      migrate(`file:${file}`);
      return file;
    }
    const name = `fp_template_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
    await admin(`CREATE DATABASE ${name}`);
    migrate(urlOf(name));
    return name;
  })();
  return template;
}

export async function createScratchDatabase(): Promise<TScratchDatabase> {
  const source = await migratedTemplate();
  if (databaseProvider() === "sqlite") {
    const folder = mkdtempSync(path.join(templateFolder, "scratch-"));
    copyFileSync(source, path.join(folder, "scratch.db"));
    const url = `file:${folder}/scratch.db`;
    const client = createDbClient(url);
    return {
      url,
      client,
      drop: async () => {
        await client.$disconnect();
        rmSync(folder, { recursive: true, force: true });
      },
    };
  }
  const name = `fp_scratch_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
  await admin(`CREATE DATABASE ${name} TEMPLATE ${source}`);
  const client = createDbClient(urlOf(name));
  return {
    url: urlOf(name),
    client,
    drop: async () => {
      await client.$disconnect();
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

/** Drops the template the scratch databases were copied from (call once, after the file's tests). */
export async function dropScratchTemplate(): Promise<void> {
  const made = template;
  template = undefined;
  if (made && databaseProvider() === "postgresql") await admin(`DROP DATABASE IF EXISTS ${await made} WITH (FORCE)`);
  rmSync(templateFolder, { recursive: true, force: true });
}

/** Makes `client` the app's database (what db() returns) until the returned function is called. */
export function actAsAppDatabase(client: TDb): () => void {
  const holder = globalThis as unknown as { fivePillarsDb?: TDb };
  const previous = holder.fivePillarsDb;
  holder.fivePillarsDb = client;
  return () => {
    holder.fivePillarsDb = previous;
  };
}
