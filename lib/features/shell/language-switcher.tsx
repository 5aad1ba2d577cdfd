"use client";
import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { usePathname, useRouter } from "@/lib/i18n/navigation";
import { LOCALE_NAMES, LOCALES, type TLocale } from "@/lib/i18n/routing";

export function LanguageSwitcher() {
  const t = useTranslations("nav");
  const locale = useLocale();
  const pathname = usePathname();
  const search = useSearchParams();
  const router = useRouter();
  return (
    <label className="language-switcher">
      <span className="visually-hidden">{t("language")}</span>
      <select
        value={locale}
        aria-label={t("language")}
        onChange={(e) => {
          const query = search.toString();
          router.replace(query ? `${pathname}?${query}` : pathname, { locale: e.target.value as TLocale });
        }}
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
