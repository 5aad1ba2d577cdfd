"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useRouter } from "@/lib/i18n/navigation";
import { confirmDraftedAction } from "./actions";

/** The focal point confirms drafted answers as they stand: one question's, or every one still open. */
export function ConfirmDraftedButton({
  assessmentId,
  questionIds,
  label,
  all = false,
}: {
  assessmentId: string;
  questionIds: string[];
  label: string;
  all?: boolean;
}) {
  const t = useTranslations("assessment.deskResearch");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <>
      <button
        type="button"
        disabled={pending}
        data-confirm-drafted={all ? "all" : questionIds[0]}
        onClick={() =>
          start(async () => {
            setError(null);
            const res = await confirmDraftedAction({ assessmentId, questionIds });
            if (!res.ok) return setError(res.error.message);
            router.refresh();
          })
        }
      >
        {pending ? t("confirming") : label}
      </button>
      {error && (
        <p role="alert" className="alert error">
          {error}
        </p>
      )}
    </>
  );
}
