"use client";
import { useTranslations } from "next-intl";
import { ActionError } from "../shell/action-error";
import { useAction } from "../shell/use-action";
import { publicConsentAction } from "./actions";

/** The focal point's agreement to publication of the validated result, given or withdrawn with one button. */
export function PublicConsentButton({ assessmentId, consented }: { assessmentId: string; consented: boolean }) {
  const t = useTranslations("assessment.publication");
  const { run, pending, error } = useAction();
  return (
    <>
      <button
        type="button"
        className={consented ? undefined : "primary"}
        disabled={pending}
        onClick={() => run(() => publicConsentAction({ assessmentId, consent: !consented }))}
        data-public-consent-button
      >
        {consented ? t("withdraw") : t("agree")}
      </button>
      <ActionError error={error} />
    </>
  );
}
