// `in`-list matching shared by skip logic, templates, next steps and gap rules. Its own module so
// compile.ts can precompute with it without importing applicability.ts (which imports compile.ts).

/** A value is in an `in` list; a multiple-choice answer when any ticked option is. */
export function matchesAny(keys: ReadonlySet<unknown>, value: unknown): boolean {
  if (!Array.isArray(value)) return keys.has(value);
  for (const k of value) if (keys.has(k)) return true;
  return false;
}
