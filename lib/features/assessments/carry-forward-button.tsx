"use client";
import { useTranslations } from "next-intl";
import { ActionError } from "../shell/action-error";
import { useAction } from "../shell/use-action";
import { carryForwardAction } from "./actions";

export function CarryForwardButton({ assessmentId }: { assessmentId: string }) {
  const t = useTranslations("assessment.carry");
  const { run, pending, error } = useAction();
  return (
    <div aria-live="polite">
      <ActionError error={error} />
      <button type="button" className="primary" disabled={pending} onClick={() => run(() => carryForwardAction({ assessmentId }))}>
        {t("button")}
      </button>
    </div>
  );
}
