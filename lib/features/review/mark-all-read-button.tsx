"use client";
import { useTranslations } from "next-intl";
import { ActionError } from "../shell/action-error";
import { useAction } from "../shell/use-action";
import { markAllNotificationsReadAction } from "./notification-actions";

export function MarkAllReadButton() {
  const t = useTranslations("notifications");
  const { run, pending, error } = useAction();
  return (
    <div aria-live="polite">
      <ActionError error={error && t("markFailed", { message: error })} />
      <button type="button" disabled={pending} onClick={() => run(() => markAllNotificationsReadAction({}))}>
        {pending ? t("marking") : t("markAllRead")}
      </button>
    </div>
  );
}
