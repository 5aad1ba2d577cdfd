"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionError } from "../shell/action-error";
import { useAction } from "../shell/use-action";
import { PUBLICATION_RULES, ZPublishCycle, type TPublicationRule } from "../../assessments/publication";
import { publishCycleAction } from "./actions";

/** Publish a cycle's results under a rule, or withdraw them; says how many results the rule makes public. */
export function PublishCycleControl({
  cycleId,
  cycleName,
  published,
  rule,
}: {
  cycleId: string;
  cycleName: string;
  published: boolean;
  rule: TPublicationRule;
}) {
  const t = useTranslations("cycles.publication");
  const [choice, setChoice] = useState<TPublicationRule>(rule);
  const { runParsed, pending, error } = useAction();
  const send = (publication: unknown) => runParsed(ZPublishCycle, publication, (parsed) => publishCycleAction({ cycleId, publication: parsed }));
  return (
    <div className="stack" data-publish-cycle={cycleName}>
      <label className="field">
        <span>{t("rule")}</span>
        <select value={choice} onChange={(e) => setChoice(e.target.value as TPublicationRule)} disabled={pending}>
          {PUBLICATION_RULES.map((r) => (
            <option key={r} value={r}>
              {t(`rules.${r}`)}
            </option>
          ))}
        </select>
      </label>
      <p className="inline-form">
        <button type="button" className="primary" disabled={pending} onClick={() => send({ action: "publish", rule: choice })}>
          {published ? t("update") : t("publish")}
        </button>
        {published && (
          <button type="button" disabled={pending} onClick={() => send({ action: "withdraw" })}>
            {t("withdraw")}
          </button>
        )}
      </p>
      <ActionError error={error} />
    </div>
  );
}
