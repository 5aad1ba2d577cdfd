"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { PILLAR_IDS, type TPillarId } from "@/lib/questionnaire/constants";
import { ActionError } from "../shell/action-error";
import { useAction } from "../shell/use-action";
import { removeContributorAction, setContributorPillarsAction } from "./actions";

/** A contributor's pillars as checkboxes; each change is saved at once. */
export function MemberPillars({ grantId, pillars, email }: { grantId: string; pillars: TPillarId[]; email: string }) {
  const t = useTranslations("team");
  const pillarT = useTranslations("pillars");
  const [chosen, setChosen] = useState(pillars);
  const { run, pending, error } = useAction();
  const toggle = (p: TPillarId) => {
    const next = chosen.includes(p) ? chosen.filter((x) => x !== p) : [...chosen, p];
    run(
      () => setContributorPillarsAction({ grantId, pillars: next }),
      () => setChosen(next),
    );
  };
  return (
    <fieldset className="field" disabled={pending} aria-label={`${t("pillars")} ${email}`}>
      {PILLAR_IDS.map((p) => (
        <label key={p} className="checkbox">
          <input type="checkbox" checked={chosen.includes(p)} onChange={() => toggle(p)} /> {pillarT(p)}
        </label>
      ))}
      <ActionError error={error} />
      <button type="button" className="link-button" onClick={() => run(() => removeContributorAction({ grantId }))}>
        {t("remove")}
      </button>
    </fieldset>
  );
}
