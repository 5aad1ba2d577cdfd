"use client";
import { useTranslations } from "next-intl";
import { ActionError } from "../shell/action-error";
import { useAction } from "../shell/use-action";
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
  const { run, pending, error } = useAction();
  return (
    <>
      <button
        type="button"
        disabled={pending}
        data-confirm-drafted={all ? "all" : questionIds[0]}
        onClick={() => run(() => confirmDraftedAction({ assessmentId, questionIds }))}
      >
        {pending ? t("confirming") : label}
      </button>
      <ActionError error={error} />
    </>
  );
}
