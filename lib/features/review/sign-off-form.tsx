"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useRouter } from "@/lib/i18n/navigation";
import { signOffAction } from "./review-actions";
import { ZSignOff } from "../../assessments/review-schemas";

/** The focal point confirms the validated result, or records a dispute with a reason. */
export function SignOffForm({ assessmentId }: { assessmentId: string }) {
  const t = useTranslations("review.signOff");
  const router = useRouter();
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const send = (decision: unknown) =>
    start(async () => {
      const parsed = ZSignOff.safeParse(decision);
      if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? "");
      const res = await signOffAction({ assessmentId, decision: parsed.data });
      if (!res.ok) return setError(res.error.message);
      router.refresh();
    });
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
      {error && (
        <p role="alert" className="alert error">
          {error}
        </p>
      )}
    </div>
  );
}
