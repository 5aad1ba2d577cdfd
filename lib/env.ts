// The one place that reads process.env (a lint rule holds it): parsed once, typed everywhere.
import { z } from "zod";

const ZEnv = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^(file:|postgres(ql)?:\/\/)/, "DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL)")
    .default("file:./data/five-pillars.db"),
  /** production: no demo data, secrets required, Secure cookies. */
  APP_ENV: z.enum(["development", "test", "production"]).default("development"),
  /** The URL people use; unset, http://localhost:<PORT>. */
  APP_URL: z.url().optional(),
  PORT: z.coerce.number().int().positive().default(3000),
  /** Reverse proxies (comma-separated IPs or CIDRs) whose X-Forwarded-For is believed; none by default (the socket address is used). */
  TRUSTED_PROXIES: z
    .string()
    .default("")
    .transform((v) =>
      v
        .split(",")
        .map((p) => p.trim())
        .filter(Boolean),
    )
    .refine((list) => list.every((p) => /^[0-9a-fA-F:.]+(\/\d{1,3})?$/.test(p)), "TRUSTED_PROXIES: comma-separated IP addresses or CIDR ranges"),
  /** A session unused for this long ends (idle timeout). */
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  /** A session ends this long after sign-in, however active (absolute lifetime). */
  SESSION_MAX_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  /** Failed sign-ins allowed per account before it is locked for SIGN_IN_LOCK_MINUTES. */
  SIGN_IN_ACCOUNT_LIMIT: z.coerce.number().int().positive().default(5),
  SIGN_IN_LOCK_MINUTES: z.coerce.number().int().positive().default(15),
  DATA_DIR: z.string().default("./data"),
  BETTER_AUTH_SECRET: z.string().min(32, "BETTER_AUTH_SECRET must be at least 32 characters").optional(),
  /** Sign-in attempts allowed per client address per minute. */
  /** The most evidence one assessment may hold, in MB (uploaded documents; links do not count). */
  EVIDENCE_QUOTA_MB: z.coerce.number().int().positive().default(500),
  /** SQLite durability: "normal" (WAL; a power cut may lose the last commits, never corrupts) or "full" (an fsync per commit). */
  SQLITE_SYNCHRONOUS: z.enum(["normal", "full"]).default("normal"),
  SIGN_IN_RATE_LIMIT: z.coerce.number().int().positive().default(10),
  /** Evidence in S3-compatible object storage when EVIDENCE_S3_BUCKET is set (else <DATA_DIR>/evidence). */
  EVIDENCE_S3_BUCKET: z.string().min(3).optional(),
  /** Endpoint of a non-AWS server (MinIO, Ceph, s3rver...); unset means AWS S3 itself. */
  EVIDENCE_S3_ENDPOINT: z.url().optional(),
  EVIDENCE_S3_REGION: z.string().default("us-east-1"),
  /** Both or neither; without them the AWS SDK's default credential chain applies (instance roles...). */
  EVIDENCE_S3_ACCESS_KEY_ID: z.string().optional(),
  EVIDENCE_S3_SECRET_ACCESS_KEY: z.string().optional(),
  /** Path-style URLs (http://host/bucket/key), as most self-hosted servers need. */
  EVIDENCE_S3_FORCE_PATH_STYLE: z
    .enum(["true", "false", "1", "0"])
    .default("false")
    .transform((v) => v === "true" || v === "1"),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default("Five Pillars <no-reply@localhost>"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  CHROMIUM_PATH: z.string().optional(),
  TEST_POSTGRES_URL: z.string().optional(),
  NODE_ENV: z.string().optional(),
});
export type TEnv = Omit<z.infer<typeof ZEnv>, "APP_URL"> & { APP_URL: string };

let cached: TEnv | undefined;

export function env(): TEnv {
  if (!cached) {
    const parsed = ZEnv.safeParse(process.env);
    if (!parsed.success) {
      const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
      throw new Error(`Invalid environment:\n${lines.join("\n")}`);
    }
    if (parsed.data.APP_ENV === "production" && !parsed.data.BETTER_AUTH_SECRET) {
      throw new Error("Invalid environment:\n  BETTER_AUTH_SECRET: required when APP_ENV=production");
    }
    if (!parsed.data.EVIDENCE_S3_ACCESS_KEY_ID !== !parsed.data.EVIDENCE_S3_SECRET_ACCESS_KEY) {
      throw new Error("Invalid environment:\n  EVIDENCE_S3_ACCESS_KEY_ID and EVIDENCE_S3_SECRET_ACCESS_KEY: set both or neither");
    }
    cached = { ...parsed.data, APP_URL: parsed.data.APP_URL ?? `http://localhost:${parsed.data.PORT}` };
  }
  return cached;
}

export type TDatabaseProvider = "sqlite" | "postgresql";

export function databaseProvider(url = env().DATABASE_URL): TDatabaseProvider {
  return url.startsWith("file:") ? "sqlite" : "postgresql";
}

/** Absolute path of the SQLite file named by a file: URL (relative paths are relative to the project). */
export function sqliteFilePath(url: string, cwd: string): string {
  const raw = url.slice("file:".length);
  return raw.startsWith("/") ? raw : `${cwd}/${raw.replace(/^\.\//, "")}`;
}
