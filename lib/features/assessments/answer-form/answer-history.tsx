"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import type { TNormalizedQuestion } from "@/lib/questionnaire/model";
import { answerHistoryAction } from "../actions";
import { formatAnswer } from "./format-answer";

type TEntry = { revision: number; at: Date; by: string | null; old: unknown; new: unknown };

/** Every change of this answer, loaded when opened. */
export function AnswerHistory({ assessmentId, questionId, q, locale }: { assessmentId: string; questionId: string; q: TNormalizedQuestion; locale: string }) {
  const t = useTranslations("assessment.history");
  const a = useTranslations("answers");
  const format = useFormatter();
  const [entries, setEntries] = useState<TEntry[] | null>(null);
  const label = (k: string) => a(k as "yes");
  return (
    <details
      className="history"
      onToggle={async (e) => {
        if (!(e.target as HTMLDetailsElement).open) return;
        const res = await answerHistoryAction({ assessmentId, questionId });
        setEntries(res.ok ? res.data : []);
      }}
    >
      <summary>{t("title")}</summary>
      {entries === null ? (
        <p className="muted">…</p>
      ) : entries.length === 0 ? (
        <p className="muted">{t("none")}</p>
      ) : (
        <ol className="small">
          {entries.map((h) => (
            <li key={h.revision}>
              {format.dateTime(new Date(h.at), { dateStyle: "medium", timeStyle: "short" })} · {h.by ?? "—"}: {formatAnswer(q, h.old as never, locale, label)} →{" "}
              <strong>{formatAnswer(q, h.new as never, locale, label)}</strong>
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
