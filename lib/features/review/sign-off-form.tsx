"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionError } from "../shell/action-error";
import { useAction } from "../shell/use-action";
import { signOffAction } from "./review-actions";
import { ZSignOff } from "../../assessments/review-schemas";

/** The focal point confirms the validated result, or records a dispute with a reason. */
export function SignOffForm({ assessmentId }: { assessmentId: string }) {
  const t = useTranslations("review.signOff");
  const [reason, setReason] = useState("");
  const { runParsed, pending, error } = useAction();
  const send = (decision: unknown) => runParsed(ZSignOff, decision, (parsed) => signOffAction({ assessmentId, decision: parsed }));
  return (
    <div className="stack">
      <p>{t("intro")}</p>
      <button type="button" className="primary" disabled={pending} onClick={() => send({ decision: "confirmed" })}>
        {t("confirm")}
      </button>
      <label className="field">
        <span>{t("reason")}</span>
        <textarea rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
      <button type="button" disabled={pending} onClick={() => send({ decision: "disputed", reason })}>
        {t("dispute")}
      </button>
      <ActionError error={error} />
    </div>
  );
}
