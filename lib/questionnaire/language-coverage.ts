// Which visible strings lack a translation in the five UN languages besides English (the source).
// Missing strings fall back to English: a warning for a draft, an error for a published edition.
import { REQUIRED_LANGUAGES, type TLocalizedText } from "./format-schema";
import { LANGUAGES, type TLanguage } from "./constants";
import { describeField, locate, type TDataPath } from "./problems";
import { isLocalizedText } from "./text-keys";

export const OPTIONAL_LANGUAGES = LANGUAGES.filter((l) => !(REQUIRED_LANGUAGES as readonly TLanguage[]).includes(l)) as Exclude<
  TLanguage,
  (typeof REQUIRED_LANGUAGES)[number]
>[];

export type TLanguageCoverage = {
  language: TLanguage;
  /** Visible strings in the file (each localized text counts once). */
  total: number;
  translated: number;
  /** Where the missing strings are, e.g. `legal/cybercrime/q3: guidance`. */
  missing: string[];
};

/** Every localized text of a file (title, labels, questions, options, gap rules...) with its data path. */
export function localizedTexts(data: unknown): { path: TDataPath; text: TLocalizedText }[] {
  const found: { path: TDataPath; text: TLocalizedText }[] = [];
  const walk = (node: unknown, path: PropertyKey[]): void => {
    if (Array.isArray(node)) return node.forEach((child, i) => walk(child, [...path, i]));
    if (node === null || typeof node !== "object") return;
    const record = node as Record<string, unknown>;
    if (isLocalizedText(record)) {
      found.push({ path, text: record as TLocalizedText });
      return;
    }
    for (const [key, child] of Object.entries(record)) walk(child, [...path, key]);
  };
  walk(data, []);
  return found;
}

export function languageCoverage(data: unknown): TLanguageCoverage[] {
  const texts = localizedTexts(data);
  return OPTIONAL_LANGUAGES.map((language) => {
    const missing = texts
      .filter(({ text }) => !text[language]?.trim())
      .map(({ path }) => {
        const { where, item, rest } = locate(data, path);
        const fieldName = describeField(item, rest);
        return where ? `${where}: ${fieldName}` : fieldName;
      });
    return { language, total: texts.length, translated: texts.length - missing.length, missing };
  });
}

/** One line per language with gaps, e.g. `ar: 12 of 40 visible strings untranslated (falls back to English)`. */
export function coverageWarnings(coverage: readonly TLanguageCoverage[]): string[] {
  return coverage
    .filter((c) => c.missing.length > 0)
    .map((c) => `${c.language}: ${c.missing.length} of ${c.total} visible strings untranslated (falls back to English)`);
}
