// Every visible string of a questionnaire (or crosswalk) file under a stable, readable key such as
// `question.national-cirt.text` or `question.incentive-types.option.tax-breaks.label`. Translators
// work key by key (one file or spreadsheet a language), and the structure hash ignores every string,
// so a corrected translation never changes a score. Pure: works on parsed YAML data.
import { LANGUAGES, type TLanguage } from "./constants";

export type TTextPath = (string | number)[];
export type TTextEntry = {
  key: string;
  path: TTextPath;
  /** The localized text as written in the file, e.g. `{ en: "...", fr: "..." }`. */
  text: Partial<Record<TLanguage, string>>;
  /** Where the string is, for a translator: `pillar legal > indicator cybercrime-substantive > question ...`. */
  context: string;
};

const ITEM_KINDS: Record<string, string> = {
  pillars: "pillar",
  indicators: "indicator",
  questions: "question",
  options: "option",
  gapRules: "gap",
  tiers: "tier",
  entries: "entry",
};
// Keys restart at the innermost item that is unique in its file (question ids are unique across
// pillars; option ids only within their question, so options stay under their question).
const ROOT_KINDS = new Set(["pillar", "indicator", "question", "gap", "tier", "entry"]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** A localized text node: an object with an English string and only language keys. */
export function isLocalizedText(value: unknown): value is Partial<Record<TLanguage, string>> {
  if (!isRecord(value) || typeof value.en !== "string") return false;
  return Object.keys(value).every((k) => (LANGUAGES as readonly string[]).includes(k));
}

function itemName(kind: string, item: unknown, index: number): string {
  if (!isRecord(item)) return String(index);
  if (kind === "tier" && item.tier !== undefined) return String(item.tier);
  if (kind === "entry") {
    const from = Array.isArray(item.from) ? item.from.join("+") : "";
    const to = Array.isArray(item.to) ? item.to.join("+") : "";
    return `${from || "none"}>${to || "none"}`;
  }
  return typeof item.id === "string" ? item.id : String(index);
}

/** Every localized text of the file, in file order, with its key. */
export function textEntries(data: unknown): TTextEntry[] {
  const found: TTextEntry[] = [];
  const walk = (node: unknown, path: TTextPath, key: string[], context: string[]): void => {
    if (isLocalizedText(node)) {
      found.push({ key: key.join("."), path, text: node, context: context.join(" > ") });
      return;
    }
    if (!isRecord(node)) return;
    for (const [field, child] of Object.entries(node)) {
      const kind = ITEM_KINDS[field];
      if (kind && Array.isArray(child)) {
        child.forEach((item, i) => {
          const name = itemName(kind, item, i);
          const itemKey = ROOT_KINDS.has(kind) ? [kind, name] : [...key, kind, name];
          walk(item, [...path, field, i], itemKey, [...context, `${kind} ${name}`]);
        });
      } else if (isRecord(child)) {
        walk(child, [...path, field], [...key, field], context);
      }
    }
  };
  walk(data, [], [], []);
  return found;
}

/** The file with every localized text replaced by a marker: what the structure hash covers. */
export function withoutTexts(data: unknown): unknown {
  if (isLocalizedText(data)) return "<text>";
  if (Array.isArray(data)) return data.map(withoutTexts);
  if (!isRecord(data)) return data;
  return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, withoutTexts(v)]));
}

/** One language's strings of the file, key -> text (only the keys that have text in it). */
export function stringsOf(data: unknown, language: TLanguage): Record<string, string> {
  const strings: Record<string, string> = {};
  for (const entry of textEntries(data)) {
    const text = entry.text[language];
    if (typeof text === "string" && text.trim()) strings[entry.key] = text;
  }
  return strings;
}

/**
 * A copy of the file data with `strings` set as `language` on the texts they name. Returns the keys
 * that name no text of the file (a translation of a string that was removed or renamed).
 */
export function applyStrings(data: unknown, language: TLanguage, strings: Readonly<Record<string, string>>): { data: unknown; unknownKeys: string[] } {
  const copy = structuredClone(data);
  const entries = new Map(textEntries(copy).map((e) => [e.key, e]));
  const unknownKeys: string[] = [];
  for (const [key, value] of Object.entries(strings)) {
    const entry = entries.get(key);
    if (!entry) unknownKeys.push(key);
    // The entry's text is the object inside `copy`, so setting it edits the copy in place.
    else if (value.trim()) entry.text[language] = value;
  }
  return { data: copy, unknownKeys };
}
