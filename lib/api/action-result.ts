// The shape every server action returns; shared with client forms (no server imports here).
export type TActionError = { code: string; message: string; fields?: Record<string, string>; details?: unknown };
export type TActionResult<T> = { ok: true; data: T } | { ok: false; error: TActionError };
