import "server-only";
import { z } from "zod";

export const BACKUP_FORMAT = "five-pillars-backup";
export const BACKUP_FORMAT_VERSION = 1;
export const MANIFEST_FILE = "manifest.json";

const ZSha256 = z.string().regex(/^[a-f0-9]{64}$/);
const ZCount = z.number().int().nonnegative();

/**
 * manifest.json, the first entry of a backup archive: what the archive holds and the sha256 of every
 * other part, so a restore can check everything before it writes anything.
 */
export const ZBackupManifest = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  createdAt: z.iso.datetime(),
  source: z.object({ provider: z.enum(["sqlite", "postgresql"]), evidenceStore: z.string() }),
  /** The last migration applied to the database backed up; a restore needs the same. */
  migration: z.string().min(1),
  tables: z.array(
    z.object({
      model: z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/),
      path: z.string().regex(/^data\/[A-Za-z][A-Za-z0-9_]*\.jsonl$/),
      rows: ZCount,
      bytes: ZCount,
      sha256: ZSha256,
      /** Field name -> Prisma scalar type, as the database had them. */
      fields: z.record(z.string(), z.string()),
    }),
  ),
  files: z.array(z.object({ storageKey: z.string(), path: z.string(), size: ZCount, sha256: ZSha256 })),
  /** Evidence rows whose stored file was missing when the backup ran (only with --allow-missing-files). */
  missingFiles: z.array(z.string()),
  counts: z.object({ rows: ZCount, files: ZCount, fileBytes: ZCount }),
});
export type TBackupManifest = z.infer<typeof ZBackupManifest>;

export const tablePath = (model: string) => `data/${model}.jsonl`;
export const filePath = (storageKey: string) => `files/${storageKey}`;
