import { directionOf, localizedText } from "@/lib/i18n/localized";
import type { TLocalizedText } from "@/lib/questionnaire/format-schema";

/**
 * Questionnaire text in the reader's language; where it falls back to English, the span carries
 * lang="en" and dir="ltr" so screen readers pronounce it right and it is not laid out right-to-left.
 */
export function LocalizedText({ text, locale }: { text: TLocalizedText | undefined; locale: string }) {
  const { value, lang } = localizedText(text, locale);
  if (lang === locale) return <>{value}</>;
  return (
    <span lang={lang} dir={directionOf(lang)}>
      {value}
    </span>
  );
}
