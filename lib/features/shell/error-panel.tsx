"use client";
import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

/** What an error boundary shows: what happened, that saved work is safe, a retry and the way home. */
export function ErrorPanel({ reset, digest }: { reset: () => void; digest?: string }) {
  const t = useTranslations("errors");
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
        <Link prefetch={false} href="/">
          {t("backHome")}
        </Link>
      </div>
    </div>
  );
}
