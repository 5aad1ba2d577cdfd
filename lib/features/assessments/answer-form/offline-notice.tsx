"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useSyncExternalStore } from "react";

const subscribe = (onChange: () => void) => {
  window.addEventListener("online", onChange);
  window.addEventListener("offline", onChange);
  return () => {
    window.removeEventListener("online", onChange);
    window.removeEventListener("offline", onChange);
  };
};

/** Whether the browser believes it has a network; the server always renders "online". */
export function useOnline(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => navigator.onLine,
    () => true,
  );
}

/**
 * Offline, the page may be the copy the service worker kept: say from when, and that what is typed
 * now waits on this device. Answers saved from elsewhere after that time are not shown.
 */
export function OfflineNotice({ renderedAt }: { renderedAt: string }) {
  const t = useTranslations("assessment.offline");
  const format = useFormatter();
  const online = useOnline();
  if (online) return null;
  return (
    <p className="alert" data-testid="offline-notice">
      {t("notice", { time: format.dateTime(new Date(renderedAt), { dateStyle: "medium", timeStyle: "short" }) })}
    </p>
  );
}
