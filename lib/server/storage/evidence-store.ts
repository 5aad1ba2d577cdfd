import "server-only";
import path from "node:path";
import { env } from "../../env";
import { diskStore } from "./disk-store";
import type { TObjectStore } from "./object-store";
import { s3Store } from "./s3-store";

// One store per process, chosen by the environment: a bucket when EVIDENCE_S3_BUCKET is set, else
// <DATA_DIR>/evidence. Kept on globalThis like the database client (Next's dev server reloads modules).
const globalForStore = globalThis as unknown as { fivePillarsEvidenceStore?: TObjectStore };

export function evidenceStoreFromEnv(): TObjectStore {
  const e = env();
  if (!e.EVIDENCE_S3_BUCKET) return diskStore(path.join(e.DATA_DIR, "evidence"));
  return s3Store({
    bucket: e.EVIDENCE_S3_BUCKET,
    region: e.EVIDENCE_S3_REGION,
    endpoint: e.EVIDENCE_S3_ENDPOINT,
    forcePathStyle: e.EVIDENCE_S3_FORCE_PATH_STYLE,
    credentials:
      e.EVIDENCE_S3_ACCESS_KEY_ID && e.EVIDENCE_S3_SECRET_ACCESS_KEY
        ? { accessKeyId: e.EVIDENCE_S3_ACCESS_KEY_ID, secretAccessKey: e.EVIDENCE_S3_SECRET_ACCESS_KEY }
        : undefined,
  });
}

export function evidenceStore(): TObjectStore {
  globalForStore.fivePillarsEvidenceStore ??= evidenceStoreFromEnv();
  return globalForStore.fivePillarsEvidenceStore;
}

/** Tests and the restore of a backup into another place swap the store; undefined goes back to the environment's. */
export function setEvidenceStore(store: TObjectStore | undefined): void {
  globalForStore.fivePillarsEvidenceStore = store;
}
