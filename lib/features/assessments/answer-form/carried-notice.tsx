"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionError } from "../../shell/action-error";
import { useAction } from "../../shell/use-action";
import { confirmCarriedAction } from "../actions";

/** A carried-forward answer waits for the person to confirm it (or change it, which confirms too). */
export function CarriedNotice({ assessmentId, questionId, editable }: { assessmentId: string; questionId: string; editable: boolean }) {
  const t = useTranslations("assessment");
  const [confirmed, setConfirmed] = useState(false);
  const { run, pending, error } = useAction();
  if (confirmed) return <p className="small save-saved">{t("carry.confirmed")}</p>;
  return (
    <div className="carried-notice">
      <p>
        <span className="badge carried">{t("carried")}</span>{" "}
        {editable && (
          <button
            type="button"
            disabled={pending}
            onClick={() =>
              run(
                () => confirmCarriedAction({ assessmentId, questionIds: [questionId] }),
                () => setConfirmed(true),
              )
            }
          >
            {t("carry.confirm")}
          </button>
        )}
      </p>
      {/* A refusal (the assessment was submitted meanwhile, the session ended) stays in view. */}
      <ActionError error={error} />
    </div>
  );
}
