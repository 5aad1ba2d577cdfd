"use client";
import { useTranslations } from "next-intl";
import type { TSaveState } from "./use-autosave";

export function SaveStatus({ state }: { state: TSaveState | undefined }) {
  const t = useTranslations("assessment.save");
  if (!state) return null;
  const text =
    state.status === "retrying"
      ? t("retrying", { attempt: state.attempt })
      : state.status === "failed"
        ? `${t("failed")}: ${state.message}`
        : state.status === "conflict"
          ? t("conflict")
          : t(state.status);
  return (
    <span className={`save-status save-${state.status}`} data-save-status={state.status}>
      {text}
    </span>
  );
}

type TPageState = { unsaved: number; retrying: number; refused: number; conflicts: number; keptOnDevice: boolean; restored: number };

/**
 * The page-level indicator: what is saved on the server, what waits on this device (and survives a
 * reload), and what conflicted and waits for a choice.
 */
export function PageSaveIndicator({ unsaved, retrying, refused, conflicts, keptOnDevice, restored }: TPageState) {
  const t = useTranslations("assessment.save");
  const failing = retrying + refused + conflicts;
  const text =
    conflicts > 0
      ? t("pageConflicts", { count: conflicts })
      : retrying > 0 && refused === 0 && keptOnDevice
        ? t("pageOnDevice", { count: retrying })
        : failing > 0
          ? t("pageFailing", { count: failing })
          : unsaved > 0
            ? t("pageSaving", { count: unsaved })
            : t("pageSaved");
  return (
    <>
      <p
        role="status"
        aria-live="polite"
        className={`page-save ${failing ? "page-save-failing" : ""}`}
        data-testid="page-save"
        data-kept-on-device={keptOnDevice || undefined}
      >
        {text}
      </p>
      {restored > 0 && (
        <p className="muted small" data-testid="restored-drafts">
          {t("restored", { count: restored })}
        </p>
      )}
      {!keptOnDevice && <p className="muted small">{t("deviceUnavailable")}</p>}
    </>
  );
}
