import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, readFile, rm, stat } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { extract } from "tar";
import { checkedEvidenceKey } from "../evidence/evidence-storage";
import { filePath, MANIFEST_FILE, ZBackupManifest, type TBackupManifest } from "./backup-manifest";

export type TOpenedBackup = { manifest: TBackupManifest; folder: string; pathOf: (relative: string) => string; close: () => Promise<void> };

async function sha256Of(file: string): Promise<{ sha256: string; size: number }> {
  const hash = createHash("sha256");
  await pipeline(createReadStream(file), hash);
  return { sha256: hash.digest("hex"), size: (await stat(file)).size };
}

/**
 * Unpacks a backup archive into a private folder beside it and checks it whole before anyone writes
 * anything: the manifest's shape and format version, then the size and sha256 of every part. Only
 * plain files and folders are unpacked (no links), and never outside that folder.
 */
export async function openBackup(file: string): Promise<TOpenedBackup> {
  const archive = path.resolve(file);
  await stat(archive).catch(() => {
    throw new Error(`No backup at ${archive}`);
  });
  const folder = `${archive}.${randomUUID()}.restore`;
  await mkdir(folder, { recursive: true, mode: 0o700 });
  const close = () => rm(folder, { recursive: true, force: true });
  try {
    await extract({
      file: archive,
      cwd: folder,
      strict: true,
      filter: (_path, entry) => "type" in entry && (entry.type === "File" || entry.type === "Directory"),
    });
    const pathOf = (relative: string) => {
      const resolved = path.resolve(folder, relative);
      if (!resolved.startsWith(folder + path.sep)) throw new Error(`The backup names a path outside itself: ${relative}`);
      return resolved;
    };
    const raw = await readFile(pathOf(MANIFEST_FILE), "utf8").catch(() => {
      throw new Error(`${archive} is not a Five Pillars backup (no ${MANIFEST_FILE})`);
    });
    const parsed = ZBackupManifest.safeParse(JSON.parse(raw));
    if (!parsed.success)
      throw new Error(`The backup's manifest is not valid: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
    const manifest = parsed.data;
    const parts = [
      ...manifest.tables.map((t) => ({ path: t.path, sha256: t.sha256, size: t.bytes })),
      ...manifest.files.map((f) => {
        if (f.path !== filePath(checkedEvidenceKey(f.storageKey))) throw new Error(`The backup stores ${f.storageKey} at an unexpected path ${f.path}`);
        return { path: f.path, sha256: f.sha256, size: f.size };
      }),
    ];
    for (const part of parts) {
      const actual = await sha256Of(pathOf(part.path)).catch(() => null);
      if (!actual) throw new Error(`The backup is incomplete: ${part.path} is missing`);
      if (actual.sha256 !== part.sha256 || actual.size !== part.size) throw new Error(`The backup is damaged: ${part.path} does not match its checksum`);
    }
    return { manifest, folder, pathOf, close };
  } catch (error) {
    await close();
    throw error;
  }
}
