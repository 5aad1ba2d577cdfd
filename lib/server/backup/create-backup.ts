import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { chmod, mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { create as createTar } from "tar";
import type { TDb } from "../../db/create-client";
import { databaseProvider } from "../../env";
import { checkedEvidenceKey } from "../evidence/evidence-storage";
import type { TObjectStore } from "../storage/object-store";
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, filePath, MANIFEST_FILE, type TBackupManifest } from "./backup-manifest";
import { dumpDatabase } from "./dump-database";

export type TCreateBackup = { db: TDb; store: TObjectStore; out: string; allowMissingFiles?: boolean };

/** Copies one stored file into the staging folder, hashing it on the way; null when the store lacks it. */
async function copyFile(store: TObjectStore, key: string, target: string): Promise<{ size: number; sha256: string } | null> {
  let object;
  try {
    object = await store.open(key);
  } catch (error) {
    if (!(await store.has(key))) return null;
    throw error;
  }
  await mkdir(path.dirname(target), { recursive: true });
  const hash = createHash("sha256");
  let size = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      size += chunk.length;
      done(null, chunk);
    },
  });
  await pipeline(Readable.fromWeb(object.stream as import("node:stream/web").ReadableStream), tap, createWriteStream(target, { mode: 0o600 }));
  return { size, sha256: hash.digest("hex") };
}

/**
 * An online backup: every table from one consistent snapshot of the database, then every evidence
 * file those rows point at (files are content-addressed and never deleted, so each is still there
 * and still holds the same bytes), each checked against its sha256; a manifest with the sha256 of
 * every part; all in one gzipped tar written next to `out` and renamed into place when complete.
 */
export async function createBackup({ db, store, out, allowMissingFiles = false }: TCreateBackup): Promise<TBackupManifest> {
  const target = path.resolve(out);
  const staging = `${target}.${randomUUID()}.staging`;
  await mkdir(path.join(staging, "files"), { recursive: true, mode: 0o700 });
  try {
    const dump = await dumpDatabase(db, staging);
    const files: TBackupManifest["files"] = [];
    const missingFiles: string[] = [];
    for (const storageKey of [...dump.evidenceFiles.keys()].sort()) {
      const relative = filePath(checkedEvidenceKey(storageKey));
      const copied = await copyFile(store, storageKey, path.join(staging, relative));
      if (!copied) {
        missingFiles.push(storageKey);
        continue;
      }
      const expected = dump.evidenceFiles.get(storageKey) ?? path.basename(storageKey).split(".")[0];
      if (copied.sha256 !== expected) throw new Error(`Stored evidence file ${storageKey} is corrupt: its sha256 is ${copied.sha256}, not ${expected}`);
      files.push({ storageKey, path: relative, ...copied });
    }
    if (missingFiles.length > 0 && !allowMissingFiles) {
      throw new Error(
        `${missingFiles.length} evidence file(s) are missing from ${store.description}: ${missingFiles.slice(0, 5).join(", ")}${missingFiles.length > 5 ? ", ..." : ""} (--allow-missing-files backs up the rest)`,
      );
    }
    const manifest: TBackupManifest = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      source: { provider: databaseProvider(), evidenceStore: store.description },
      migration: dump.migration,
      tables: dump.tables,
      files,
      missingFiles,
      counts: { rows: dump.tables.reduce((n, t) => n + t.rows, 0), files: files.length, fileBytes: files.reduce((n, f) => n + f.size, 0) },
    };
    await writeFile(path.join(staging, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
    const partial = `${target}.${randomUUID()}.partial`;
    try {
      await createTar({ gzip: true, file: partial, cwd: staging, portable: true }, [MANIFEST_FILE, "data", "files"]);
      // The archive holds password hashes and national data: readable by its owner only.
      await chmod(partial, 0o600);
      await rename(partial, target);
    } finally {
      await rm(partial, { force: true });
    }
    return manifest;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
