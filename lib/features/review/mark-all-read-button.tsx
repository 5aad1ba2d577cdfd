"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useRouter } from "@/lib/i18n/navigation";
import { markAllNotificationsReadAction } from "./notification-actions";

export function MarkAllReadButton() {
  const t = useTranslations("notifications");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <div aria-live="polite">
      {error && (
        <p role="alert" className="alert error">
          {t("markFailed", { message: error })}
        </p>
      )}
      <button
        type="button"
        disabled={pending}
        onClick={() =>
          start(async () => {
            const res = await markAllNotificationsReadAction({});
            if (!res.ok) return setError(res.error.message);
            setError(null);
            router.refresh();
          })
        }
      >
        {pending ? t("marking") : t("markAllRead")}
      </button>
    </div>
  );
}
