"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useRouter } from "@/lib/i18n/navigation";
import { publicConsentAction } from "./actions";

/** The focal point's agreement to publication of the validated result, given or withdrawn with one button. */
export function PublicConsentButton({ assessmentId, consented }: { assessmentId: string; consented: boolean }) {
  const t = useTranslations("assessment.publication");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const send = () =>
    start(async () => {
      setError(null);
      const res = await publicConsentAction({ assessmentId, consent: !consented });
      if (!res.ok) return setError(res.error.message);
      router.refresh();
    });
  return (
    <>
      <button type="button" className={consented ? undefined : "primary"} disabled={pending} onClick={send} data-public-consent-button>
        {consented ? t("withdraw") : t("agree")}
      </button>
      {error && (
        <p role="alert" className="alert error">
          {error}
        </p>
      )}
    </>
  );
}
