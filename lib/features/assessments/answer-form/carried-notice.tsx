"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { confirmCarriedAction } from "../actions";

/** A carried-forward answer waits for the person to confirm it (or change it, which confirms too). */
export function CarriedNotice({ assessmentId, questionId, editable }: { assessmentId: string; questionId: string; editable: boolean }) {
  const t = useTranslations("assessment");
  const [confirmed, setConfirmed] = useState(false);
  const [pending, start] = useTransition();
  if (confirmed) return <p className="small save-saved">{t("carry.confirmed")}</p>;
  return (
    <p className="carried-notice">
      <span className="badge carried">{t("carried")}</span>{" "}
      {editable && (
        <button
          type="button"
          disabled={pending}
          onClick={() => start(async () => setConfirmed((await confirmCarriedAction({ assessmentId, questionIds: [questionId] })).ok))}
        >
          {t("carry.confirm")}
        </button>
      )}
    </p>
  );
}
