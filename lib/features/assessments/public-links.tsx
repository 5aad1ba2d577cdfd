"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { evidencePublicAction } from "../evidence/actions";
import { ActionError } from "../shell/action-error";

export type TPublicLinkRow = { id: string; label: string; question: string; isPublic: boolean };

/** The focal point ticks the links the public page may list; each tick is saved at once. */
export function PublicLinks({ links }: { links: TPublicLinkRow[] }) {
  const t = useTranslations("assessment.publication");
  const [state, setState] = useState(() => new Map(links.map((l) => [l.id, l.isPublic])));
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  // The tick shows at once; a refused change puts it back and says why.
  const toggle = (id: string, isPublic: boolean) => {
    setError(null);
    setState((s) => new Map(s).set(id, isPublic));
    start(async () => {
      const res = await evidencePublicAction({ evidenceId: id, isPublic });
      if (res.ok) return;
      setState((s) => new Map(s).set(id, !isPublic));
      setError(res.error.message);
    });
  };
  return (
    <fieldset className="stack" data-public-links>
      <legend>{t("linksLegend")}</legend>
      <p className="small muted">{t("linksExplain")}</p>
      <ul className="stack">
        {links.map((l) => (
          <li key={l.id}>
            <label>
              <input type="checkbox" checked={state.get(l.id) ?? false} disabled={pending} onChange={(e) => toggle(l.id, e.currentTarget.checked)} />{" "}
              <bdi style={{ overflowWrap: "anywhere" }}>{l.label}</bdi> <span className="muted small">({l.question})</span>
            </label>
          </li>
        ))}
      </ul>
      <ActionError error={error} />
    </fieldset>
  );
}
