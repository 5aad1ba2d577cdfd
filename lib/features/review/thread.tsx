"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { postCommentAction } from "./review-actions";

export type TMessage = { id: string; kind: string; body: string; author: string | null; at: string };

/** The conversation about one answer; whoever may write gets a small form. */
export function Thread({
  assessmentId,
  questionId,
  messages,
  canWrite,
  label,
}: {
  assessmentId: string;
  questionId: string;
  messages: TMessage[];
  canWrite: boolean;
  label: string;
}) {
  const t = useTranslations("review.thread");
  const format = useFormatter();
  const [list, setList] = useState(messages);
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  if (list.length === 0 && !canWrite) return null;
  return (
    <div className="thread" data-testid={`thread-${questionId}`}>
      {list.length > 0 && (
        <ol className="messages">
          {list.map((m) => (
            <li key={m.id} className={`message message-${m.kind}`}>
              <span className="badge">{t(`kind.${m.kind as "query"}`)}</span> <strong>{m.author ?? "—"}</strong>{" "}
              <small className="muted">{format.dateTime(new Date(m.at), { dateStyle: "medium", timeStyle: "short" })}</small>
              <p>{m.body}</p>
            </li>
          ))}
        </ol>
      )}
      {canWrite && (
        <div className="inline-form">
          <label className="field grow">
            <span>{label}</span>
            <textarea rows={2} value={body} onChange={(e) => setBody(e.target.value)} />
          </label>
          <button
            type="button"
            disabled={pending || !body.trim()}
            onClick={() =>
              start(async () => {
                const res = await postCommentAction({ assessmentId, questionId, body });
                if (!res.ok) return setError(res.error.message);
                setList((l) => [...l, { id: res.data.id, kind: "mine", body, author: t("you"), at: new Date().toISOString() }]);
                setBody("");
                setError(null);
              })
            }
          >
            {t("send")}
          </button>
          {error && (
            <p role="alert" className="field-error">
              {error}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
