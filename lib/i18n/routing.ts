import { defineRouting } from "next-intl/routing";

/** The six UN languages; the locale is always in the URL (/en/..., /ar/...). */
export const LOCALES = ["en", "fr", "ar", "zh", "ru", "es"] as const;
export type TLocale = (typeof LOCALES)[number];
export const RTL_LOCALES: readonly TLocale[] = ["ar"];

export const LOCALE_NAMES: Record<TLocale, string> = {
  en: "English",
  fr: "Français",
  ar: "العربية",
  zh: "中文",
  ru: "Русский",
  es: "Español",
};

export const routing = defineRouting({ locales: LOCALES, defaultLocale: "en", localePrefix: "always" });

export function isLocale(value: string): value is TLocale {
  return (LOCALES as readonly string[]).includes(value);
}

export function direction(locale: TLocale): "rtl" | "ltr" {
  return RTL_LOCALES.includes(locale) ? "rtl" : "ltr";
}
