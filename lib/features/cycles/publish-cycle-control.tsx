"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useRouter } from "@/lib/i18n/navigation";
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
  const router = useRouter();
  const [choice, setChoice] = useState<TPublicationRule>(rule);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const send = (publication: unknown) =>
    start(async () => {
      setError(null);
      const parsed = ZPublishCycle.safeParse(publication);
      if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? "");
      const res = await publishCycleAction({ cycleId, publication: parsed.data });
      if (!res.ok) return setError(res.error.message);
      router.refresh();
    });
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
      {error && (
        <p role="alert" className="alert error">
          {error}
        </p>
      )}
    </div>
  );
}
