"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { TActionError } from "@/lib/api/action-result";
import { acceptAnswersAction } from "./review-actions";

type TCandidate = { id: string; number: string; label: string };

/** Accept several answers of this pillar at once, with one reason each thread will show. */
export function AcceptSelected({ assessmentId, candidates }: { assessmentId: string; candidates: TCandidate[] }) {
  const t = useTranslations("review.bulk");
  const router = useRouter();
  const [selected, setSelected] = useState<string[]>([]);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<TActionError | null>(null);
  const [done, setDone] = useState<number | null>(null);
  const [pending, startTransition] = useTransition();
  if (candidates.length === 0) return null;
  const toggle = (id: string, on: boolean) => setSelected((s) => (on ? [...s, id] : s.filter((x) => x !== id)));
  return (
    <details className="card stack" data-testid="accept-selected">
      <summary>{t("title", { count: candidates.length })}</summary>
      <p className="muted small">{t("intro")}</p>
      <label>
        <input
          type="checkbox"
          checked={selected.length === candidates.length}
          onChange={(e) => setSelected(e.target.checked ? candidates.map((c) => c.id) : [])}
        />{" "}
        {t("selectAll")}
      </label>
      <ul className="plain-list">
        {candidates.map((c) => (
          <li key={c.id}>
            <label>
              <input type="checkbox" value={c.id} checked={selected.includes(c.id)} onChange={(e) => toggle(c.id, e.target.checked)} /> {c.number} {c.label}
            </label>
          </li>
        ))}
      </ul>
      <label className="field">
        <span>{t("reason")}</span>
        <textarea value={reason} onChange={(e) => setReason(e.target.value)} rows={2} maxLength={4000} />
      </label>
      <div aria-live="polite">
        {error && (
          <p role="alert" className="alert error">
            {error.message}
          </p>
        )}
        {done !== null && <p className="alert success">{t("done", { count: done })}</p>}
      </div>
      <button
        type="button"
        className="primary"
        disabled={pending || selected.length === 0}
        onClick={() =>
          startTransition(async () => {
            const result = await acceptAnswersAction({ assessmentId, questionIds: selected, reason });
            if (!result.ok) return setError(result.error);
            setError(null);
            setDone(result.data.accepted);
            setSelected([]);
            setReason("");
            router.refresh();
          })
        }
      >
        {t("submit", { count: selected.length })}
      </button>
    </details>
  );
}
