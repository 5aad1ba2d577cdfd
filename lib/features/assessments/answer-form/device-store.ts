"use client";
// The IndexedDB side of the autosave queue (through idb): one record per person, assessment and
// question, so a shared ministry computer never sends one person's drafts under another's name.
import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import type { TJournal } from "./autosave-queue";
import type { TDraft } from "./device-drafts";

type TRecord = TDraft & { userId: string; assessmentId: string };
interface IDrafts extends DBSchema {
  drafts: { key: [string, string, string]; value: TRecord; indexes: { byAssessment: [string, string] } };
}

let opened: Promise<IDBPDatabase<IDrafts>> | undefined;
function database(): Promise<IDBPDatabase<IDrafts>> {
  opened ??= openDB<IDrafts>("five-pillars-drafts", 1, {
    upgrade(db) {
      const store = db.createObjectStore("drafts", { keyPath: ["userId", "assessmentId", "questionId"] });
      store.createIndex("byAssessment", ["userId", "assessmentId"]);
    },
  });
  return opened;
}

/** Whether this browser can keep drafts at all (not in a private window of some browsers, not on the server). */
export const deviceStoreAvailable = () => typeof indexedDB !== "undefined";

export async function loadDrafts(userId: string, assessmentId: string): Promise<TDraft[]> {
  if (!deviceStoreAvailable()) return [];
  const rows = await (await database()).getAllFromIndex("drafts", "byAssessment", [userId, assessmentId]);
  return rows.map(({ questionId, edit, revision, savedAt }) => ({ questionId, edit, revision, savedAt }));
}

export async function dropDrafts(userId: string, assessmentId: string, questionIds: readonly string[]): Promise<void> {
  if (!deviceStoreAvailable() || questionIds.length === 0) return;
  const tx = (await database()).transaction("drafts", "readwrite");
  await Promise.all([...questionIds.map((q) => tx.store.delete([userId, assessmentId, q])), tx.done]);
}

/**
 * The journal the queue writes to. Writes of one question are chained, so the last edit is the one
 * kept even if IndexedDB finishes them out of order; a failure (quota, private mode) is reported once.
 */
export function deviceJournal(userId: string, assessmentId: string, onError: (error: unknown) => void): TJournal & { settled: () => Promise<void> } {
  let chain: Promise<unknown> = Promise.resolve();
  const run = (op: (db: IDBPDatabase<IDrafts>) => Promise<unknown>) => {
    if (!deviceStoreAvailable()) return;
    chain = chain.then(() => database().then(op)).catch(onError);
  };
  return {
    write: (questionId, edit, revision) =>
      run((db) => db.put("drafts", { userId, assessmentId, questionId, edit, revision, savedAt: new Date().toISOString() })),
    clear: (questionId) => run((db) => db.delete("drafts", [userId, assessmentId, questionId])),
    settled: () => chain.then(() => undefined),
  };
}
