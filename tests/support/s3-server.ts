// A local S3-compatible server (s3rver) for the tests, on 127.0.0.1 only, with its objects in a
// temporary folder; and a helper that runs a block of tests once per evidence backend.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe } from "vitest";
// @ts-expect-error s3rver ships no types; only its constructor, run() and close() are used.
import S3rver from "s3rver";
import { setEvidenceStore } from "@/lib/server/storage/evidence-store";
import type { TObjectStore } from "@/lib/server/storage/object-store";
import { s3Store, type TS3Config } from "@/lib/server/storage/s3-store";

export type TS3Server = { config: TS3Config; endpoint: string; env: Record<string, string>; store: TObjectStore; stop: () => Promise<void> };

type TS3rver = { run(): Promise<{ port: number }>; close(): Promise<void> };

/** Starts s3rver on a free port of 127.0.0.1 with one empty bucket (names need at least 3 characters). */
export async function startS3Server(bucket = "evidence-test"): Promise<TS3Server> {
  const directory = mkdtempSync(path.join(tmpdir(), "five-pillars-s3-"));
  const server = new (S3rver as new (options: object) => TS3rver)({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket }],
  });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  // s3rver accepts its own fixed key pair.
  const credentials = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };
  const config: TS3Config = { bucket, region: "us-east-1", endpoint, forcePathStyle: true, credentials };
  return {
    config,
    endpoint,
    // The same server for a child process (the CLI, `next start`).
    env: {
      EVIDENCE_S3_BUCKET: bucket,
      EVIDENCE_S3_ENDPOINT: endpoint,
      EVIDENCE_S3_REGION: "us-east-1",
      EVIDENCE_S3_ACCESS_KEY_ID: credentials.accessKeyId,
      EVIDENCE_S3_SECRET_ACCESS_KEY: credentials.secretAccessKey,
      EVIDENCE_S3_FORCE_PATH_STYLE: "true",
    },
    store: s3Store(config),
    stop: async () => {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

export type TStorageBackend = "disk" | "s3";

/**
 * Runs `tests` once on local disk (the environment's <DATA_DIR>/evidence) and once on a fresh s3rver
 * bucket, with the app's evidence store switched for the duration of each block (`s3()` is that
 * block's server, for child processes).
 */
export function describeEachStorage(title: string, tests: (backend: TStorageBackend, s3: () => TS3Server | undefined) => void): void {
  describe.each<TStorageBackend>(["disk", "s3"])(`${title} (evidence on %s)`, (backend) => {
    let server: TS3Server | undefined;
    beforeAll(async () => {
      if (backend === "s3") server = await startS3Server();
      setEvidenceStore(server?.store);
    });
    afterAll(async () => {
      setEvidenceStore(undefined);
      await server?.stop();
    });
    tests(backend, () => server);
  });
}
