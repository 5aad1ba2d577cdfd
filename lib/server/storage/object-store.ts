import "server-only";

/** A stored object as a stream, with its length (for Content-Length). */
export type TStoredObject = { stream: ReadableStream<Uint8Array>; size: number };

/** What to store: bytes already in memory, or a local file streamed from disk (restores, large files). */
export type TPutBody = Uint8Array | { path: string; size: number };

/**
 * Where evidence files live: a folder on local disk or an S3-compatible bucket. Keys are
 * content-addressed (the caller checks their shape), so `put` of a key already present keeps the
 * stored object, and an object is never half-visible: readers see all of it or nothing.
 */
export interface TObjectStore {
  /** For logs and the backup manifest: "disk /srv/data/evidence", "s3 bucket evidence at http://...". */
  readonly description: string;
  put(key: string, body: TPutBody): Promise<void>;
  /** A missing object is a server fault: the promise rejects. */
  open(key: string): Promise<TStoredObject>;
  has(key: string): Promise<boolean>;
  /** Every stored key under a prefix ("" for all), in no particular order. */
  list(prefix?: string): AsyncIterable<{ key: string; size: number }>;
}

export const putBodySize = (body: TPutBody): number => (body instanceof Uint8Array ? body.length : body.size);
