import "server-only";
import { createReadStream } from "node:fs";
import type { S3Client } from "@aws-sdk/client-s3";
import type { TObjectStore, TPutBody } from "./object-store";

export type TS3Config = {
  bucket: string;
  region: string;
  endpoint?: string;
  forcePathStyle: boolean;
  credentials?: { accessKeyId: string; secretAccessKey: string };
};

const isNotFound = (error: unknown) => {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e.name === "NotFound" || e.name === "NoSuchKey" || e.$metadata?.httpStatusCode === 404;
};

/**
 * Objects in an S3-compatible bucket (AWS S3, MinIO, Ceph, s3rver...), one object per key. The SDK
 * is loaded on first use, so a deployment on local disk never pays for it.
 */
export function s3Store(config: TS3Config): TObjectStore {
  let client: Promise<{ s3: S3Client; sdk: typeof import("@aws-sdk/client-s3") }> | undefined;
  const connect = () =>
    (client ??= import("@aws-sdk/client-s3").then((sdk) => ({
      sdk,
      s3: new sdk.S3Client({
        region: config.region,
        endpoint: config.endpoint,
        forcePathStyle: config.forcePathStyle,
        credentials: config.credentials,
        // Checksums only where the API requires them: many S3-compatible servers reject the newer
        // default (CRC32 trailers); the backup verifies every file's sha256 on its own.
        requestChecksumCalculation: "WHEN_REQUIRED",
        responseChecksumValidation: "WHEN_REQUIRED",
      }),
    })));
  const Bucket = config.bucket;

  const has = async (key: string) => {
    const { s3, sdk } = await connect();
    try {
      await s3.send(new sdk.HeadObjectCommand({ Bucket, Key: key }));
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw error;
    }
  };

  return {
    description: `s3 bucket ${Bucket}${config.endpoint ? ` at ${config.endpoint}` : ` in ${config.region}`}`,

    /** One PUT: S3 makes an object visible whole or not at all. Content-addressed keys already present are kept. */
    async put(key: string, body: TPutBody): Promise<void> {
      if (await has(key)) return;
      const { s3, sdk } = await connect();
      const Body = body instanceof Uint8Array ? body : createReadStream(body.path);
      const ContentLength = body instanceof Uint8Array ? body.length : body.size;
      await s3.send(new sdk.PutObjectCommand({ Bucket, Key: key, Body, ContentLength, ContentType: "application/octet-stream" }));
    },

    async open(key: string) {
      const { s3, sdk } = await connect();
      const object = await s3.send(new sdk.GetObjectCommand({ Bucket, Key: key }));
      if (!object.Body) throw new Error(`Empty response for stored object ${key}`);
      return { stream: object.Body.transformToWebStream() as ReadableStream<Uint8Array>, size: object.ContentLength ?? 0 };
    },

    has,

    async *list(prefix = "") {
      const { s3, sdk } = await connect();
      let ContinuationToken: string | undefined;
      do {
        const page = await s3.send(new sdk.ListObjectsV2Command({ Bucket, Prefix: prefix || undefined, ContinuationToken }));
        for (const item of page.Contents ?? []) if (item.Key) yield { key: item.Key, size: item.Size ?? 0 };
        ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (ContinuationToken);
    },
  };
}
