// What a translator's spreadsheet would change, row by row, before anything is saved: the same plan
// drives the CLI preview, the admin page's preview and the write. Pure.

export type TSourceString = {
  key: string;
  /** The English text today. */
  english: string;
  /** The translation today, if any. */
  current?: string;
};

export type TTranslationRow = { row: number; key: string; english: string; translation: string };

export type TRowError = { row: number; key: string; message: string };
export type TTranslationChange = { row: number; key: string; before?: string; after: string };

export type TTranslationPlan = {
  changed: TTranslationChange[];
  unchanged: number;
  errors: TRowError[];
  /** Strings of the edition that the sheet does not mention (they keep their translation). */
  notInSheet: number;
  /** Rows left empty that had no translation before either: still to translate, not an error. */
  stillUntranslated: number;
};

/**
 * Tokens that must come through a translation unchanged: `{placeholders}`, web addresses, and the
 * ids of the edition's questions and indicators that notes cite (`national-cirt`), not ordinary
 * hyphenated words such as "public-private".
 */
export function placeholdersOf(text: string, ids: ReadonlySet<string> = new Set()): string[] {
  const tokens = text.match(/\{[^{}\s]+\}|https?:\/\/[^\s)]+|\b[a-z0-9]+(?:-[a-z0-9]+)+\b/g) ?? [];
  return [...new Set(tokens.filter((t) => !/^[a-z0-9]/.test(t) || t.startsWith("http") || ids.has(t)))].sort();
}

const normalize = (text: string) => text.replace(/\s+/g, " ").trim();

export function planTranslationImport(
  rows: readonly TTranslationRow[],
  sources: readonly TSourceString[],
  ids: ReadonlySet<string> = new Set(),
): TTranslationPlan {
  const byKey = new Map(sources.map((s) => [s.key, s]));
  const seen = new Map<string, number>();
  const plan: TTranslationPlan = { changed: [], unchanged: 0, errors: [], notInSheet: 0, stillUntranslated: 0 };
  for (const row of rows) {
    const error = (message: string) => plan.errors.push({ row: row.row, key: row.key, message });
    const source = byKey.get(row.key);
    const translation = row.translation.trim();
    if (!row.key) error("the key cell is empty");
    else if (!source) error(`unknown key ${row.key}: it names no string of this edition (removed or renamed?)`);
    else if (seen.has(row.key)) error(`${row.key} is already on row ${seen.get(row.key)}`);
    else if (normalize(row.english) !== normalize(source.english))
      error("the English text changed since this sheet was exported: export it again and translate the new text");
    else if (!translation && source.current) error("the translation cell is empty: the current translation would be lost (write it again, or correct it)");
    else if (!translation) plan.stillUntranslated += 1;
    else {
      const expected = placeholdersOf(source.english, ids);
      const found = placeholdersOf(translation, ids);
      const missing = expected.filter((t) => !found.includes(t));
      const extra = found.filter((t) => !expected.includes(t));
      if (missing.length > 0 || extra.length > 0)
        error(
          `placeholders differ from the English: ${[
            missing.length ? `missing ${missing.join(", ")}` : "",
            extra.length ? `not in the English ${extra.join(", ")}` : "",
          ]
            .filter(Boolean)
            .join("; ")}`,
        );
      else if (normalize(translation) === normalize(source.current ?? "")) plan.unchanged += 1;
      else plan.changed.push({ row: row.row, key: row.key, before: source.current, after: translation });
    }
    if (row.key && !seen.has(row.key)) seen.set(row.key, row.row);
  }
  plan.notInSheet = sources.filter((s) => !seen.has(s.key)).length;
  return plan;
}

/** The language's strings after the plan's valid changes. */
export function applyPlan(current: Readonly<Record<string, string>>, plan: TTranslationPlan): Record<string, string> {
  const next = { ...current };
  for (const change of plan.changed) next[change.key] = change.after;
  return next;
}
