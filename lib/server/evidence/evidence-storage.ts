import "server-only";
import { randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, open, rename, stat, unlink } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { env } from "../../env";

// Keys are stored in the database relative to <DATA_DIR>/evidence, so the data directory can move.
// Their shape is checked on every use: a tampered row can never name a path outside that folder.
const KEY = /^[A-Za-z0-9_-]{1,100}\/[a-f0-9]{64}\.[a-z0-9]{1,8}$/;

export function evidenceStorageKey(assessmentId: string, sha256: string, extension: string): string {
  const key = `${assessmentId}/${sha256}.${extension}`;
  if (!KEY.test(key)) throw new Error(`Invalid evidence storage key ${JSON.stringify(key)}`);
  return key;
}

export function evidenceFilePath(key: string): string {
  if (!KEY.test(key)) throw new Error(`Invalid evidence storage key ${JSON.stringify(key)}`);
  return path.join(path.resolve(env().DATA_DIR), "evidence", key);
}

const exists = (file: string) => stat(file).then(() => true, () => false);

/**
 * Writes the bytes under their key atomically: to a temporary file, flushed to disk, then renamed,
 * so a reader or a crash never sees half a file. Keys are content-addressed, so a file already
 * present holds these very bytes and is kept.
 */
export async function storeEvidenceFile(key: string, bytes: Uint8Array): Promise<void> {
  const target = evidenceFilePath(key);
  await mkdir(path.dirname(target), { recursive: true });
  if (await exists(target)) return;
  const temp = `${target}.${randomUUID()}.tmp`;
  try {
    const handle = await open(temp, "wx");
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

/** A stream of a stored file; a missing file is a server fault (500), not the caller's. */
export async function openEvidenceFile(key: string): Promise<{ stream: ReadableStream<Uint8Array>; size: number }> {
  const file = evidenceFilePath(key);
  const { size } = await stat(file);
  return { stream: Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>, size };
}
