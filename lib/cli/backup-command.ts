// `npm run cli -- backup --out FILE` and `npm run cli -- restore --file FILE [--force]`: the database
// and every evidence file in one archive, taken while the app runs; restored into an empty database.
import { createBackup } from "../server/backup/create-backup";
import { restoreBackup } from "../server/backup/restore-backup";
import type { TBackupManifest } from "../server/backup/backup-manifest";
import { db } from "../server/db";
import { evidenceStore } from "../server/storage/evidence-store";
import { fail, parse } from "./parse";

const BACKUP_USAGE = "usage: backup --out FILE [--allow-missing-files]";
const RESTORE_USAGE = "usage: restore --file FILE [--force]";

const summary = (m: TBackupManifest) =>
  `${m.counts.rows} rows in ${m.tables.length} tables, ${m.counts.files} evidence files (${(m.counts.fileBytes / 1024 / 1024).toFixed(1)} MB), migration ${m.migration}` +
  (m.missingFiles.length ? `; ${m.missingFiles.length} missing files not included` : "");

export async function runBackupCommand(args: string[]): Promise<number> {
  const { values: v } = parse(args, { out: { type: "string" }, "allow-missing-files": { type: "boolean" } });
  if (!v.out) return fail(BACKUP_USAGE);
  const store = evidenceStore();
  const manifest = await createBackup({ db: db(), store, out: v.out, allowMissingFiles: v["allow-missing-files"] });
  process.stdout.write(`backup written to ${v.out}: ${summary(manifest)}\n`);
  for (const key of manifest.missingFiles) process.stderr.write(`warning: evidence file missing from ${store.description}: ${key}\n`);
  return 0;
}

export async function runRestoreCommand(args: string[]): Promise<number> {
  const { values: v } = parse(args, { file: { type: "string" }, force: { type: "boolean" } });
  if (!v.file) return fail(RESTORE_USAGE);
  const { manifest, replacedRows } = await restoreBackup({ db: db(), store: evidenceStore(), file: v.file, force: v.force });
  process.stdout.write(
    `restored ${v.file} (taken ${manifest.createdAt} on ${manifest.source.provider}): ${summary(manifest)}${replacedRows ? `; replaced ${replacedRows} rows` : ""}\n`,
  );
  process.stdout.write("restart every app instance so that nothing cached from before the restore is served\n");
  return 0;
}
