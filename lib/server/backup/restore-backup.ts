import "server-only";
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import type { TDb } from "../../db/create-client";
import { databaseProvider } from "../../env";
import type { TObjectStore } from "../storage/object-store";
import type { TBackupManifest } from "./backup-manifest";
import { decodeRow } from "./backup-values";
import { delegateOf, insertOrder, latestMigration, modelsOf, type TModel } from "./database-models";
import { openBackup } from "./open-backup";

const BATCH = 500;

export type TRestoreBackup = { db: TDb; store: TObjectStore; file: string; force?: boolean };
export type TRestoreResult = { manifest: TBackupManifest; replacedRows: number };

export class RestoreRefused extends Error {}

async function rowCount(tx: unknown, models: TModel[]): Promise<number> {
  let total = 0;
  for (const model of models) total += await delegateOf(tx, model.name).count();
  return total;
}

/** The backup must hold exactly the models and fields of this database's schema. */
function checkSchema(manifest: TBackupManifest, models: TModel[]): void {
  const here = new Map(models.map((m) => [m.name, JSON.stringify(Object.entries(m.fields).sort())]));
  const there = new Map(manifest.tables.map((t) => [t.model, JSON.stringify(Object.entries(t.fields).sort())]));
  const differ = [...new Set([...here.keys(), ...there.keys()])].filter((name) => here.get(name) !== there.get(name));
  if (differ.length > 0) throw new RestoreRefused(`The backup's tables differ from this database's schema (${differ.join(", ")})`);
}

async function* linesOf(file: string): AsyncGenerator<Record<string, unknown>> {
  for await (const line of createInterface({ input: createReadStream(file, "utf8"), crlfDelay: Infinity })) {
    if (line) yield JSON.parse(line) as Record<string, unknown>;
  }
}

/**
 * Restores a backup: checks every checksum first, refuses a database of another schema migration and
 * (unless `force`) a database that holds any row, puts the evidence files into the store (content-
 * addressed, so files already there are kept), then writes every table in one transaction: with
 * `force`, the rows it replaces are deleted in that same transaction, so a failed restore leaves the
 * database as it was. Stop the app first: the transaction may hold SQLite's write lock for a while.
 */
export async function restoreBackup({ db, store, file, force = false }: TRestoreBackup): Promise<TRestoreResult> {
  const backup = await openBackup(file);
  try {
    const { manifest } = backup;
    const migration = await latestMigration(db);
    if (migration !== manifest.migration) {
      throw new RestoreRefused(
        `The backup was taken at migration ${manifest.migration}; this database is at ${migration}. Migrate an empty database to ${manifest.migration} and restore into it`,
      );
    }
    const models = modelsOf(db);
    checkSchema(manifest, models);
    const existing = await rowCount(db, models);
    if (existing > 0 && !force) throw new RestoreRefused(`The database is not empty (${existing} rows); --force replaces everything in it with the backup`);

    for (const f of manifest.files) await store.put(f.storageKey, { path: backup.pathOf(f.path), size: f.size });

    const replacedRows = await db.$transaction(
      async (tx) => {
        const ordered = await insertOrder(tx, models, databaseProvider());
        const replaced = await rowCount(tx, models);
        if (replaced > 0 && !force) throw new RestoreRefused(`The database is not empty (${replaced} rows)`);
        for (const model of [...ordered].reverse()) await delegateOf(tx, model.name).deleteMany();
        for (const model of ordered) {
          const table = manifest.tables.find((t) => t.model === model.name)!;
          const delegate = delegateOf(tx, model.name);
          let batch: Record<string, unknown>[] = [];
          let written = 0;
          for await (const row of linesOf(backup.pathOf(table.path))) {
            batch.push(decodeRow(row));
            if (batch.length === BATCH) {
              written += (await delegate.createMany({ data: batch })).count;
              batch = [];
            }
          }
          if (batch.length > 0) written += (await delegate.createMany({ data: batch })).count;
          if (written !== table.rows) throw new Error(`Restored ${written} rows of ${model.name}, the backup lists ${table.rows}`);
        }
        return replaced;
      },
      { maxWait: 60_000, timeout: 60 * 60_000 },
    );
    return { manifest, replacedRows };
  } finally {
    await backup.close();
  }
}
