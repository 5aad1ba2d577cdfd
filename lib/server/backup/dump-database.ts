import "server-only";
import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { once } from "node:events";
import type { TDb } from "../../db/create-client";
import { databaseProvider } from "../../env";
import { tablePath, type TBackupManifest } from "./backup-manifest";
import { encodeRow } from "./backup-values";
import { delegateOf, latestMigration, modelsOf, type TModel } from "./database-models";

const PAGE = 1000;

export type TDatabaseDump = {
  migration: string;
  tables: TBackupManifest["tables"];
  /** The evidence files the dumped rows point at: storage key -> sha256 recorded with the row. */
  evidenceFiles: Map<string, string | null>;
};

/** Every row of one model, a page at a time, in a stable order (by id, else by every column). */
async function* rowsOf(tx: unknown, model: TModel): AsyncGenerator<Record<string, unknown>> {
  const delegate = delegateOf(tx, model.name);
  if ("id" in model.fields) {
    let after: unknown;
    for (;;) {
      const page = await delegate.findMany({ where: after === undefined ? undefined : { id: { gt: after } }, orderBy: { id: "asc" }, take: PAGE });
      yield* page;
      if (page.length < PAGE) return;
      after = page.at(-1)!.id;
    }
  }
  // Offset paging is exact here: the whole dump reads one snapshot.
  const orderBy = Object.keys(model.fields).map((f) => ({ [f]: "asc" }));
  for (let skip = 0; ; skip += PAGE) {
    const page = await delegate.findMany({ orderBy, skip, take: PAGE });
    yield* page;
    if (page.length < PAGE) return;
  }
}

async function writeTable(tx: unknown, model: TModel, folder: string, onRow: (row: Record<string, unknown>) => void) {
  const relative = tablePath(model.name);
  const out = createWriteStream(path.join(folder, relative), { mode: 0o600 });
  const hash = createHash("sha256");
  let rows = 0;
  let bytes = 0;
  for await (const row of rowsOf(tx, model)) {
    onRow(row);
    const line = `${JSON.stringify(encodeRow(row))}\n`;
    hash.update(line);
    bytes += Buffer.byteLength(line);
    rows++;
    if (!out.write(line)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
  return { model: model.name, path: relative, rows, bytes, sha256: hash.digest("hex"), fields: model.fields };
}

/**
 * Dumps every table into <folder>/data/<Model>.jsonl inside one read transaction, so the dump is one
 * consistent snapshot while the app keeps writing: REPEATABLE READ on PostgreSQL; on SQLite (WAL) a
 * read transaction sees the database as of its first read, and writers carry on beside it.
 */
export async function dumpDatabase(client: TDb, folder: string): Promise<TDatabaseDump> {
  await mkdir(path.join(folder, "data"), { recursive: true });
  const models = modelsOf(client);
  const evidenceFiles = new Map<string, string | null>();
  return client.$transaction(
    async (tx) => {
      const migration = await latestMigration(tx);
      const tables: TBackupManifest["tables"] = [];
      for (const model of models) {
        const collect =
          model.name === "Evidence"
            ? (row: Record<string, unknown>) => {
                if (typeof row.storageKey === "string") evidenceFiles.set(row.storageKey, typeof row.sha256 === "string" ? row.sha256 : null);
              }
            : () => undefined;
        tables.push(await writeTable(tx, model, folder, collect));
      }
      return { migration, tables, evidenceFiles };
    },
    // The client's types list the levels of the provider it was generated for; PostgreSQL's is chosen at run time.
    { isolationLevel: (databaseProvider() === "postgresql" ? "RepeatableRead" : undefined) as never, maxWait: 60_000, timeout: 60 * 60_000 },
  );
}
