import "server-only";

export type TErrorCode =
  "bad-request" | "unauthenticated" | "forbidden" | "not-found" | "invalid" | "conflict" | "rate-limited" | "too-large" | "unsupported-media-type";

const STATUS: Record<TErrorCode, number> = {
  "bad-request": 400,
  unauthenticated: 401,
  forbidden: 403,
  "not-found": 404,
  invalid: 422,
  conflict: 409,
  "rate-limited": 429,
  "too-large": 413,
  "unsupported-media-type": 415,
};

/** An error meant for the caller: its message is safe to show; anything else becomes a generic 500. */
export class AppError extends Error {
  constructor(
    readonly code: TErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
    readonly details?: unknown,
  ) {
    super(message);
  }
  get status(): number {
    return STATUS[this.code];
  }
}

export const notFound = (what = "Not found") => new AppError("not-found", what);
export const forbidden = (why = "You are not allowed to do this") => new AppError("forbidden", why);

/** A write refused by a unique index: another writer created the same row first. */
export const isUniqueViolation = (e: unknown) => typeof e === "object" && e !== null && (e as { code?: string }).code === "P2002";
