"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useRouter } from "@/lib/i18n/navigation";
import { ZValidationDeadline } from "../../assessments/cycle-schemas";
import { validationDeadlineAction } from "./actions";

/** The last day countries may confirm or correct desk research in this cycle. */
export function ValidationDeadlineForm({ cycleId, cycleName, deadline }: { cycleId: string; cycleName: string; deadline: string | null }) {
  const t = useTranslations("cycles.deadline");
  const router = useRouter();
  const [day, setDay] = useState(deadline ?? "");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const save = () =>
    start(async () => {
      setError(null);
      const parsed = ZValidationDeadline.safeParse({ deadline: day || null });
      if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? "");
      const res = await validationDeadlineAction({ cycleId, deadline: parsed.data.deadline });
      if (!res.ok) return setError(res.error.message);
      router.refresh();
    });
  return (
    <div className="stack" data-validation-deadline-form={cycleName}>
      <label className="field">
        <span>{t("label")}</span>
        <input type="date" value={day} onChange={(e) => setDay(e.target.value)} disabled={pending} />
      </label>
      <p>
        <button type="button" disabled={pending} onClick={save}>
          {t("save")}
        </button>
      </p>
      {error && (
        <p role="alert" className="alert error">
          {error}
        </p>
      )}
    </div>
  );
}
