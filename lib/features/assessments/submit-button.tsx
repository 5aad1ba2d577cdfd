"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useRouter } from "@/lib/i18n/navigation";
import { submitAssessmentAction } from "./actions";

export function SubmitButton({ assessmentId, disabled }: { assessmentId: string; disabled: boolean }) {
  const t = useTranslations("assessment.check");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <div aria-live="polite">
      {error && (
        <p role="alert" className="alert error">
          {error}
        </p>
      )}
      <button
        type="button"
        className="primary"
        disabled={disabled || pending}
        onClick={() =>
          start(async () => {
            const res = await submitAssessmentAction({ assessmentId });
            if (!res.ok) return setError(res.error.message);
            router.refresh();
          })
        }
      >
        {t("submit")}
      </button>
    </div>
  );
}
