import "server-only";
import { evidenceStore } from "../storage/evidence-store";
import type { TPutBody, TStoredObject } from "../storage/object-store";

// Keys are stored in the database relative to the store (<DATA_DIR>/evidence or the bucket), so the
// data can move. Their shape is checked on every use: a tampered row can never name a path outside it.
const KEY = /^[A-Za-z0-9_-]{1,100}\/[a-f0-9]{64}\.[a-z0-9]{1,8}$/;

export function checkedEvidenceKey(key: string): string {
  if (!KEY.test(key)) throw new Error(`Invalid evidence storage key ${JSON.stringify(key)}`);
  return key;
}

export function evidenceStorageKey(assessmentId: string, sha256: string, extension: string): string {
  return checkedEvidenceKey(`${assessmentId}/${sha256}.${extension}`);
}

/**
 * Stores the bytes under their key, atomically on either backend (a reader or a crash never sees half
 * a file). Keys are content-addressed, so an object already present holds these very bytes and is kept.
 */
export async function storeEvidenceFile(key: string, body: TPutBody): Promise<void> {
  await evidenceStore().put(checkedEvidenceKey(key), body);
}

/** A stream of a stored file; a missing file is a server fault (500), not the caller's. */
export async function openEvidenceFile(key: string): Promise<TStoredObject> {
  return evidenceStore().open(checkedEvidenceKey(key));
}
