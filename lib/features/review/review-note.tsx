"use client";
import { useLocale, useTranslations } from "next-intl";
import type { TAnswerValue, TNormalizedQuestion } from "@/lib/questionnaire/model";
import { formatAnswer } from "../assessments/answer-form/format-answer";
import { Thread, type TMessage } from "./thread";

/** What the reviewer said about one answer, as the country sees it, with a place to reply. */
export function ReviewNote({
  assessmentId,
  q,
  verdict,
  thread,
  canReply,
}: {
  assessmentId: string;
  q: TNormalizedQuestion;
  verdict: { state: string; adjustedValue: TAnswerValue; reason: string | null } | null;
  thread: TMessage[];
  canReply: boolean;
}) {
  const t = useTranslations("review.verdict");
  const a = useTranslations("answers");
  const locale = useLocale();
  if (!verdict && thread.length === 0) return null;
  return (
    <div className={`review-note ${verdict?.state === "queried" ? "review-note-query" : ""}`} data-testid={`review-note-${q.id}`}>
      {verdict && (
        <p>
          <span className={`badge verdict-${verdict.state}`}>{t(verdict.state as "accepted")}</span>
          {verdict.state === "adjusted" && (
            <>
              {" "}
              {t("adjustedTo")} <strong>{formatAnswer(q, verdict.adjustedValue, locale, (k) => a(k as "yes"))}</strong>
              {verdict.reason && <> — {verdict.reason}</>}
            </>
          )}
        </p>
      )}
      <Thread assessmentId={assessmentId} questionId={q.id} messages={thread} canWrite={canReply} label={t("reply")} />
    </div>
  );
}
