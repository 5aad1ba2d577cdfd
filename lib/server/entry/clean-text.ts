import "server-only";
// Text that JSON and URLs can carry but a database cannot store faithfully: a lone UTF-16 surrogate
// (JSON "\ud800") has no UTF-8 form, and PostgreSQL refuses NUL in text. Refused at the entry points.
const UNSTORABLE = /\p{Cs}|\u0000/u;

/** Deeper nesting than any of our inputs has; refusing it keeps the walk (and zod's) bounded. */
const MAX_DEPTH = 64;

/** Why a string is not storable text, or null when it is. */
export function whyNotCleanText(text: string): string | null {
  const found = UNSTORABLE.exec(text);
  if (!found) return null;
  return found[0] === "\u0000" ? "contains a NUL character (\\u0000)" : "contains a lone surrogate (an unpaired \\ud800-\\udfff), which is not valid Unicode";
}

/**
 * Walks a parsed value (JSON, server-action arguments, FormData) without recursion and says what is
 * wrong with the first string or key that cannot be stored, or returns null when all are clean.
 */
export function findMalformedText(value: unknown): string | null {
  const stack: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const { value: v, depth } = stack.pop()!;
    if (typeof v === "string") {
      const why = whyNotCleanText(v);
      if (why) return why;
      continue;
    }
    if (v === null || typeof v !== "object") continue;
    if (depth >= MAX_DEPTH) return `is nested deeper than ${MAX_DEPTH} levels`;
    if (typeof FormData !== "undefined" && v instanceof FormData) {
      for (const [key, entry] of v.entries())
        stack.push({ value: key, depth: depth + 1 }, { value: typeof entry === "string" ? entry : entry.name, depth: depth + 1 });
      continue;
    }
    if (Array.isArray(v)) {
      for (const item of v) stack.push({ value: item, depth: depth + 1 });
      continue;
    }
    const proto = Object.getPrototypeOf(v) as unknown;
    if (proto !== Object.prototype && proto !== null) continue;
    for (const [key, item] of Object.entries(v)) stack.push({ value: key, depth: depth + 1 }, { value: item, depth: depth + 1 });
  }
  return null;
}
