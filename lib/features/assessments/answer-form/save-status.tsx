"use client";
import { useTranslations } from "next-intl";
import type { TSaveState } from "./use-autosave";

export function SaveStatus({ state }: { state: TSaveState | undefined }) {
  const t = useTranslations("assessment.save");
  if (!state) return null;
  const text =
    state.status === "retrying" ? t("retrying", { attempt: state.attempt }) : state.status === "failed" ? `${t("failed")}: ${state.message}` : state.status === "conflict" ? t("conflict") : t(state.status);
  return (
    <span className={`save-status save-${state.status}`} data-save-status={state.status}>
      {text}
    </span>
  );
}

/** The page-level indicator: everything saved, or how many answers are still on their way. */
export function PageSaveIndicator({ unsaved, failing }: { unsaved: number; failing: number }) {
  const t = useTranslations("assessment.save");
  return (
    <p role="status" aria-live="polite" className={`page-save ${failing ? "page-save-failing" : ""}`} data-testid="page-save">
      {failing > 0 ? t("pageFailing", { count: failing }) : unsaved > 0 ? t("pageSaving", { count: unsaved }) : t("pageSaved")}
    </p>
  );
}
