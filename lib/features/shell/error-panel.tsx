"use client";
import { useLocale, useTranslations } from "next-intl";

/** What an error boundary shows: what happened, that saved work is safe, a retry and the way home. */
export function ErrorPanel({ reset, digest }: { reset: () => void; digest?: string }) {
  const t = useTranslations("errors");
  const locale = useLocale();
  return (
    <div className="card stack" role="alert" data-error-panel>
      <h1>{t("errorTitle")}</h1>
      <p>{t("errorText")}</p>
      {/* The digest matches the server log line, so support can find what failed. */}
      {digest ? <p className="muted">{digest}</p> : null}
      <div className="inline-form">
        <button type="button" onClick={reset}>
          {t("retry")}
        </button>
        {/* A plain link: after an error a full page load starts clean, and this chunk, loaded on every
            page, leaves the client router's link code to the header's (Turbopack copies a module
            into each chunk group that imports it: 5 KB gzip more on every page). */}
        <a href={`/${locale}`}>{t("backHome")}</a>
      </div>
    </div>
  );
}
