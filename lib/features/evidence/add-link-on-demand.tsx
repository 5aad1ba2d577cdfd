"use client";
import { useTranslations } from "next-intl";
import { lazy, Suspense, useState } from "react";
import type { TEvidenceLink } from "../../evidence/types";
import { FallbackBoundary } from "../shell/fallback-boundary";

// The link form (react-hook-form and the shared zod schema) loads when someone opens it, not with
// the pillar page: a focal point on a slow line gets a form that answers sooner. Adding a link needs
// the server anyway, so a form that cannot load offline costs nothing that was possible.
const loadFields = () => lazy(() => import("./add-link-fields").then((m) => ({ default: m.AddLinkFields })));

/** "Add a link", then the link fields in place of the button. */
export function AddLinkOnDemand(props: { assessmentId: string; questionId: string; onAdded: (item: TEvidenceLink) => void }) {
  const t = useTranslations("evidence.addLink");
  const [open, setOpen] = useState(false);
  // React keeps a failed lazy import failed: a retry takes a new one (and a new boundary).
  const [attempt, setAttempt] = useState(0);
  const [AddLinkFields, setFields] = useState(loadFields);
  if (!open) {
    return (
      <button type="button" className="link-button" onClick={() => setOpen(true)} data-testid="open-add-link">
        {t("open")}
      </button>
    );
  }
  return (
    <FallbackBoundary
      key={attempt}
      fallback={() => (
        <p role="alert" className="alert error small">
          {t("unavailable")}{" "}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              setFields(loadFields);
              setAttempt((n) => n + 1);
            }}
          >
            {t("retry")}
          </button>
        </p>
      )}
    >
      <Suspense fallback={<p className="muted small">{t("loading")}</p>}>
        <AddLinkFields {...props} focusOnOpen />
      </Suspense>
    </FallbackBoundary>
  );
}
