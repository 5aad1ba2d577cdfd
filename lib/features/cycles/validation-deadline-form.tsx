"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionError } from "../shell/action-error";
import { useAction } from "../shell/use-action";
import { ZValidationDeadline } from "../../assessments/cycle-schemas";
import { validationDeadlineAction } from "./actions";

/** The last day countries may confirm or correct desk research in this cycle. */
export function ValidationDeadlineForm({ cycleId, cycleName, deadline }: { cycleId: string; cycleName: string; deadline: string | null }) {
  const t = useTranslations("cycles.deadline");
  const [day, setDay] = useState(deadline ?? "");
  const { runParsed, pending, error } = useAction();
  const save = () => runParsed(ZValidationDeadline, { deadline: day || null }, (parsed) => validationDeadlineAction({ cycleId, deadline: parsed.deadline }));
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
      <ActionError error={error} />
    </div>
  );
}
