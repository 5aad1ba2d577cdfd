"use client";
import { useTranslations } from "next-intl";
import { ActionError } from "../shell/action-error";
import { useAction } from "../shell/use-action";
import { submitAssessmentAction } from "./actions";

export function SubmitButton({ assessmentId, disabled }: { assessmentId: string; disabled: boolean }) {
  const t = useTranslations("assessment.check");
  const { run, pending, error } = useAction();
  return (
    <div aria-live="polite">
      <ActionError error={error} />
      <button type="button" className="primary" disabled={disabled || pending} onClick={() => run(() => submitAssessmentAction({ assessmentId }))}>
        {t("submit")}
      </button>
    </div>
  );
}
