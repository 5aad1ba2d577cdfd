import "server-only";
import { createHash, randomBytes } from "node:crypto";

const PREFIX = "fp_";

/** A new personal API token: the secret is shown once; only its sha256 is stored. */
export function newTokenSecret(): { secret: string; hash: string; prefix: string } {
  const secret = PREFIX + randomBytes(32).toString("base64url");
  return { secret, hash: hashTokenSecret(secret), prefix: secret.slice(0, PREFIX.length + 6) };
}

export function hashTokenSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

export function looksLikeToken(value: string): boolean {
  return value.startsWith(PREFIX) && value.length > PREFIX.length + 20;
}
