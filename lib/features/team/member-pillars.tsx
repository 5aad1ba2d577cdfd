"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { PILLAR_IDS, type TPillarId } from "@/lib/questionnaire/constants";
import { removeContributorAction, setContributorPillarsAction } from "./actions";

/** A contributor's pillars as checkboxes; each change is saved at once. */
export function MemberPillars({ grantId, pillars, email }: { grantId: string; pillars: TPillarId[]; email: string }) {
  const t = useTranslations("team");
  const pillarT = useTranslations("pillars");
  const [chosen, setChosen] = useState(pillars);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const toggle = (p: TPillarId) => {
    const next = chosen.includes(p) ? chosen.filter((x) => x !== p) : [...chosen, p];
    start(async () => {
      const res = await setContributorPillarsAction({ grantId, pillars: next });
      if (res.ok) setChosen(next);
      setError(res.ok ? null : res.error.message);
    });
  };
  return (
    <fieldset className="field" disabled={pending} aria-label={`${t("pillars")} ${email}`}>
      {PILLAR_IDS.map((p) => (
        <label key={p} className="checkbox">
          <input type="checkbox" checked={chosen.includes(p)} onChange={() => toggle(p)} /> {pillarT(p)}
        </label>
      ))}
      {error && (
        <span role="alert" className="field-error">
          {error}
        </span>
      )}
      <button type="button" className="link-button" onClick={() => start(async () => void (await removeContributorAction({ grantId })))}>
        {t("remove")}
      </button>
    </fieldset>
  );
}
