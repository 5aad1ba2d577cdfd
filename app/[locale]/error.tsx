"use client";
import { useTranslations } from "next-intl";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <main id="main" className="narrow">
      <h1>{t("errorTitle")}</h1>
      <p>{t("errorText")}</p>
      <button type="button" onClick={reset}>
        {t("retry")}
      </button>
    </main>
  );
}
