import type { TLocalizedText } from "../questionnaire/format-schema";

/** Questionnaire text in the reader's language; English where a translation is missing. */
export function localized(text: TLocalizedText | undefined, locale: string): string {
  return localizedText(text, locale).value;
}

/** The text and the language it is really in, so a fallback can be marked with its own `lang`. */
export function localizedText(text: TLocalizedText | undefined, locale: string): { value: string; lang: string } {
  if (!text) return { value: "", lang: locale };
  const own = text[locale as keyof TLocalizedText];
  return own ? { value: own, lang: locale } : { value: text.en, lang: "en" };
}

/** Arabic is the right-to-left one of the six UN languages. */
export const directionOf = (lang: string): "rtl" | "ltr" => (lang === "ar" ? "rtl" : "ltr");
