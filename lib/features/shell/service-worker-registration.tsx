"use client";
import { useEffect } from "react";

/**
 * Registers the service worker (public/sw.js, built from lib/offline/service-worker.ts) on signed-in
 * pages of a production build; `next dev` rebuilds assets on every change, which a cache would hide.
 */
export function ServiceWorkerRegistration() {
  useEffect(() => {
    // eslint-disable-next-line no-restricted-properties -- a build-time constant Next inlines, not configuration
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(() => {
      // No offline copy then (an old browser, a blocked worker): the app works as before.
    });
  }, []);
  return null;
}
