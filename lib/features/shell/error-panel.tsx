"use client";
import { useTranslations } from "next-intl";

/** What an error boundary shows: what happened, that saved work is safe, and a retry. */
export function ErrorPanel({ reset, digest }: { reset: () => void; digest?: string }) {
  const t = useTranslations("errors");
  return (
    <div className="card stack" role="alert" data-error-panel>
      <h1>{t("errorTitle")}</h1>
      <p>{t("errorText")}</p>
      {/* The digest matches the server log line, so support can find what failed. */}
      {digest ? <p className="muted">{digest}</p> : null}
      <div>
        <button type="button" onClick={reset}>
          {t("retry")}
        </button>
      </div>
    </div>
  );
}
