import type { TLocalizedText } from "../questionnaire/format-schema";

/** Questionnaire text in the reader's language; English where a translation is missing. */
export function localized(text: TLocalizedText | undefined, locale: string): string {
  if (!text) return "";
  return text[locale as keyof TLocalizedText] ?? text.en;
}
