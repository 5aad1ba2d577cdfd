"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { UseFormReturn } from "react-hook-form";
import type { TNormalizedQuestion, TNormalizedQuestionnaire } from "@/lib/questionnaire/model";
import { AnswerHistory } from "./answer-history";
import { CarriedNotice } from "./carried-notice";
import { ConflictNotice } from "./conflict-notice";
import { QuestionField, type TFormValues } from "./question-field";
import { SaveStatus } from "./save-status";
import type { TConflict, TSaveState } from "./use-autosave";
import { LocalizedText } from "@/lib/features/shell/localized-text";
import { formatScore } from "@/lib/i18n/format-number";
import { isUnanswered } from "@/lib/scoring/credit";

type TProps = {
  /** "2.4": pillar and place in the pillar. */
  number: string;
  /** The visible questions before and after this one in the pillar. */
  around: { previous?: string; next?: string };
  q: TNormalizedQuestion;
  version: TNormalizedQuestionnaire;
  locale: string;
  form: UseFormReturn<TFormValues>;
  editable: boolean;
  state: TSaveState | undefined;
  carried: boolean;
  initialComment: string;
  onComment: (comment: string) => void;
  onResolve: (choice: "mine" | "theirs", conflict: TConflict) => void;
  assessmentId: string;
  evidence: React.ReactNode;
};

export function QuestionCard({
  number,
  around,
  q,
  version,
  locale,
  form,
  editable,
  state,
  carried,
  initialComment,
  onComment,
  onResolve,
  assessmentId,
  evidence,
}: TProps) {
  const t = useTranslations("assessment");
  const nav = useTranslations("assessment.questionNav");
  // Subscribes to this question only, so the clear button follows the answer.
  const value = form.watch(q.id);
  // The scoring's rule: an empty tick-box list is the answer "none of these", so it can be cleared too.
  const answered = !isUnanswered(q, value);
  const qt = useTranslations("questionnaire");
  const [comment, setComment] = useState(initialComment);
  const error = form.formState.errors[q.id]?.message;
  return (
    <article className="question" id={q.id} data-question={q.id}>
      <header className="question-head">
        <h3 id={`q-${q.id}`}>
          <span className="q-number" aria-hidden="true">
            {number}
          </span>{" "}
          <LocalizedText text={q.text} locale={locale} />
        </h3>
        <span className="badge">{q.scored ? qt("points", { points: formatScore(q.points, locale) }) : qt("informational")}</span>
      </header>
      {carried && <CarriedNotice assessmentId={assessmentId} questionId={q.id} editable={editable} />}
      {q.guidance && (
        <details className="guidance">
          <summary>{qt("guidance")}</summary>
          <p>
            <LocalizedText text={q.guidance} locale={locale} />
          </p>
          {q.evidenceExamples && (
            <p>
              <strong>{qt("evidenceExamples")}:</strong> <LocalizedText text={q.evidenceExamples} locale={locale} />
            </p>
          )}
        </details>
      )}
      <QuestionField q={q} register={form.register} disabled={!editable} locale={locale} />
      {editable && answered && (
        <button
          type="button"
          className="link-button small"
          data-testid={`clear-${q.id}`}
          aria-describedby={`q-${q.id}`}
          onClick={() => form.setValue(q.id, q.type === "multiple-choice" ? [] : null, { shouldDirty: true })}
        >
          {nav("clear")}
        </button>
      )}
      <div className="question-foot">
        <span className={`evidence evidence-${q.evidence}`}>{qt(`evidence.${q.evidence}`)}</span>
        <SaveStatus state={state} />
      </div>
      {error && (
        <p role="alert" className="field-error">
          {String(error)}
        </p>
      )}
      {state?.status === "conflict" && (
        <ConflictNotice
          q={q}
          version={version}
          locale={locale}
          conflict={state.conflict}
          mine={form.getValues(q.id)}
          onResolve={(c) => onResolve(c, state.conflict)}
        />
      )}
      {evidence}
      <details className="comment">
        <summary>{t("comment")}</summary>
        <textarea
          aria-label={t("comment")}
          rows={2}
          value={comment}
          disabled={!editable}
          onChange={(e) => {
            // Queued with every keystroke (the queue debounces): it joins this question's value edits
            // in one entry, and an unsaved comment warns before the page is left.
            setComment(e.target.value);
            onComment(e.target.value);
          }}
        />
      </details>
      <AnswerHistory assessmentId={assessmentId} questionId={q.id} q={q} locale={locale} />
      <nav className="question-nav small" aria-label={nav("label", { number })}>
        {around.previous && (
          <a href={`#${around.previous}`} rel="prev">
            {nav("previous")}
          </a>
        )}
        {around.next && (
          <a href={`#${around.next}`} rel="next">
            {nav("next")}
          </a>
        )}
      </nav>
    </article>
  );
}
