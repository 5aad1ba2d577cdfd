import "server-only";
import { randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import { copyFile, mkdir, open, readdir, rename, stat, unlink } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import type { TObjectStore, TPutBody } from "./object-store";

const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  );

/** Objects as files under one folder (<DATA_DIR>/evidence by default), one file per key. */
export function diskStore(folder: string): TObjectStore {
  const root = path.resolve(folder);
  const fileOf = (key: string) => {
    const file = path.resolve(root, key);
    // Keys are checked by the caller too; this keeps any key inside the folder whatever it holds.
    if (!file.startsWith(root + path.sep)) throw new Error(`Invalid storage key ${JSON.stringify(key)}`);
    return file;
  };

  return {
    description: `disk ${root}`,

    /** Written to a temporary file, flushed to disk, then renamed: a reader or a crash never sees half a file. */
    async put(key: string, body: TPutBody): Promise<void> {
      const target = fileOf(key);
      await mkdir(path.dirname(target), { recursive: true });
      if (await exists(target)) return;
      const temp = `${target}.${randomUUID()}.tmp`;
      try {
        if (body instanceof Uint8Array) {
          const handle = await open(temp, "wx");
          try {
            await handle.writeFile(body);
            await handle.sync();
          } finally {
            await handle.close();
          }
        } else {
          await copyFile(body.path, temp);
          const handle = await open(temp, "r+");
          try {
            await handle.sync();
          } finally {
            await handle.close();
          }
        }
        await rename(temp, target);
      } catch (error) {
        await unlink(temp).catch(() => undefined);
        throw error;
      }
    },

    async open(key: string) {
      const file = fileOf(key);
      const { size } = await stat(file);
      return { stream: Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>, size };
    },

    has: (key: string) => exists(fileOf(key)),

    async *list(prefix = "") {
      const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch((e: NodeJS.ErrnoException) => {
        if (e.code === "ENOENT") return [];
        throw e;
      });
      for (const entry of entries) {
        if (!entry.isFile() || entry.name.endsWith(".tmp")) continue;
        const key = path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join("/");
        if (key.startsWith(prefix)) yield { key, size: (await stat(path.join(root, key))).size };
      }
    },
  };
}
