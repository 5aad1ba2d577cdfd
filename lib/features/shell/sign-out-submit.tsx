"use client";
import { OFFLINE_PAGES_CACHE } from "@/lib/offline/offline-pages";

/**
 * Signing out also drops the pages kept for offline use, so the next person on a shared computer
 * cannot open them offline. Drafts of unsaved answers stay (they belong to this person and are
 * only ever restored for them).
 */
export function SignOutSubmit({ label }: { label: string }) {
  return (
    <button type="submit" className="link-button" onClick={() => void globalThis.caches?.delete(OFFLINE_PAGES_CACHE)}>
      {label}
    </button>
  );
}
