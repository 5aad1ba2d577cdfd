"use client";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { assignToMeAction } from "./review-actions";

export function AssignToMe({ assessmentId }: { assessmentId: string }) {
  const t = useTranslations("review");
  const [pending, start] = useTransition();
  return (
    <button type="button" className="link-button" disabled={pending} onClick={() => start(async () => void (await assignToMeAction({ assessmentId })))}>
      {t("assignToMe")}
    </button>
  );
}
