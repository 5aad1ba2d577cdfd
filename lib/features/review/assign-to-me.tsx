"use client";
import { useTranslations } from "next-intl";
import { ActionError } from "../shell/action-error";
import { useAction } from "../shell/use-action";
import { assignToMeAction } from "./review-actions";

export function AssignToMe({ assessmentId }: { assessmentId: string }) {
  const t = useTranslations("review");
  const { run, pending, error } = useAction();
  return (
    <>
      <button type="button" className="link-button" disabled={pending} onClick={() => run(() => assignToMeAction({ assessmentId }))}>
        {t("assignToMe")}
      </button>
      <ActionError error={error} />
    </>
  );
}
