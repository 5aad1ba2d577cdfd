"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { TAnswerValue, TNormalizedQuestion } from "@/lib/questionnaire/model";
import type { TEvidenceItem } from "../../evidence/types";
import { AnswerHistory } from "../assessments/answer-form/answer-history";
import { formatAnswer } from "../assessments/answer-form/format-answer";
import { AdjustValueInput } from "./adjust-value-input";
import { reviewAnswerAction } from "./review-actions";
import { ZReviewAnswer } from "../../assessments/review-schemas";
import { Thread, type TMessage } from "./thread";
import { LocalizedText } from "@/lib/features/shell/localized-text";

type TVerdict = { state: string; adjustedValue: TAnswerValue; reason: string | null } | null;
type TProps = {
  assessmentId: string;
  q: TNormalizedQuestion;
  value: TAnswerValue;
  comment: string | null;
  verdict: TVerdict;
  thread: TMessage[];
  evidence: TEvidenceItem[];
  canReview: boolean;
  locale: string;
};

/** One answer under review: the country's answer and evidence, its history and thread, and the verdict. */
export function ReviewItem({ assessmentId, q, value, comment, verdict: initial, thread, evidence, canReview, locale }: TProps) {
  const t = useTranslations("review.verdict");
  const a = useTranslations("answers");
  const [verdict, setVerdict] = useState(initial);
  const [mode, setMode] = useState<"query" | "adjust" | null>(null);
  const [text, setText] = useState("");
  const [adjusted, setAdjusted] = useState<string | number | string[] | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const label = (k: string) => a(k as "yes");

  const send = (review: unknown) =>
    start(async () => {
      const parsed = ZReviewAnswer.safeParse(review);
      if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? "");
      const res = await reviewAnswerAction({ assessmentId, questionId: q.id, review: parsed.data });
      if (!res.ok) return setError(res.error.message);
      setError(null);
      setMode(null);
      setVerdict({
        state: parsed.data.state,
        adjustedValue: parsed.data.state === "adjusted" ? parsed.data.value : null,
        reason: "reason" in parsed.data ? parsed.data.reason : (parsed.data.comment ?? null),
      });
    });

  return (
    <article className="question review-item" data-question={q.id} data-verdict={verdict?.state ?? "none"}>
      <header className="question-head">
        <h3>
          <LocalizedText text={q.text} locale={locale} />
        </h3>
        {verdict && <span className={`badge verdict-${verdict.state}`}>{t(verdict.state as "accepted")}</span>}
      </header>
      <p>
        {t("answer")}: <strong data-testid="country-answer">{formatAnswer(q, value, locale, label)}</strong>
        {verdict?.state === "adjusted" && (
          <>
            {" "}
            → <strong data-testid="adjusted-answer">{formatAnswer(q, verdict.adjustedValue, locale, label)}</strong>
          </>
        )}
      </p>
      {comment && <p className="muted small">“{comment}”</p>}
      {evidence.length > 0 && (
        <ul className="evidence-list small">
          {evidence.map((e) => (
            <li key={e.id}>
              {e.kind === "link" ? (
                <a href={e.url} target="_blank" rel="noopener noreferrer">
                  {e.title || e.url}
                </a>
              ) : (
                <>
                  <a href={`/api/v1/evidence/${e.id}`}>{e.fileName}</a>
                  {e.mimeType.startsWith("image/") && <img src={`/api/v1/evidence/${e.id}?view=inline`} alt={e.fileName} className="evidence-preview" />}
                  {e.mimeType === "application/pdf" && (
                    <iframe src={`/api/v1/evidence/${e.id}?view=inline`} title={e.fileName} className="evidence-pdf" loading="lazy" />
                  )}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {canReview && (
        <div className="inline-form" role="group" aria-label={t("controls")}>
          <button type="button" disabled={pending} onClick={() => send({ state: "accepted" })}>
            {t("accept")}
          </button>
          <button type="button" disabled={pending} onClick={() => setMode(mode === "query" ? null : "query")} aria-expanded={mode === "query"}>
            {t("query")}
          </button>
          <button type="button" disabled={pending} onClick={() => setMode(mode === "adjust" ? null : "adjust")} aria-expanded={mode === "adjust"}>
            {t("adjust")}
          </button>
        </div>
      )}
      {mode === "query" && (
        <div className="inline-form">
          <label className="field grow">
            <span>{t("queryText")}</span>
            <textarea rows={2} value={text} onChange={(e) => setText(e.target.value)} />
          </label>
          <button type="button" className="primary" disabled={pending} onClick={() => send({ state: "queried", comment: text })}>
            {t("sendQuery")}
          </button>
        </div>
      )}
      {mode === "adjust" && (
        <div className="inline-form">
          <AdjustValueInput q={q} value={adjusted} onChange={setAdjusted} />
          <label className="field grow">
            <span>{t("reason")}</span>
            <input value={text} onChange={(e) => setText(e.target.value)} />
          </label>
          <button type="button" className="primary" disabled={pending} onClick={() => send({ state: "adjusted", value: adjusted, reason: text })}>
            {t("saveAdjustment")}
          </button>
        </div>
      )}
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      <Thread assessmentId={assessmentId} questionId={q.id} messages={thread} canWrite={canReview} label={t("note")} />
      <AnswerHistory assessmentId={assessmentId} questionId={q.id} q={q} locale={locale} />
    </article>
  );
}
