"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { TRANSITIONS, type TTransition } from "@/lib/assessments/workflow";
import { ActionError } from "../shell/action-error";
import { useAction } from "../shell/use-action";
import { transitionAction } from "./review-actions";

/** The workflow steps this person can take now; steps that need a reason ask for one. */
export function TransitionBar({ assessmentId, transitions }: { assessmentId: string; transitions: TTransition[] }) {
  const t = useTranslations("review.transitions");
  const [reason, setReason] = useState("");
  const { run, pending, error } = useAction();
  if (transitions.length === 0) return null;
  const needsReason = transitions.some((x) => TRANSITIONS[x].reason);
  return (
    <div className="card inline-form" role="group" aria-label={t("label")}>
      {needsReason && (
        <label className="field grow">
          <span>{transitions.includes("decline") ? t("reasonDecline") : t("reason")}</span>
          <input value={reason} onChange={(e) => setReason(e.target.value)} />
        </label>
      )}
      {transitions.map((x) => (
        <button
          key={x}
          type="button"
          className={x === "validate" || x === "start-review" ? "primary" : undefined}
          disabled={pending}
          onClick={() => run(() => transitionAction({ assessmentId, transition: x, reason: TRANSITIONS[x].reason ? reason : undefined }))}
        >
          {t(x)}
        </button>
      ))}
      <ActionError error={error} />
    </div>
  );
}
