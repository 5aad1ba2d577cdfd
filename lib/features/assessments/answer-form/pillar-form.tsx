"use client";
import { useTranslations } from "next-intl";
import { useEffect, useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { localized } from "@/lib/i18n/localized";
import type { TPillarId } from "@/lib/questionnaire/constants";
import type { TAnswers, TAnswerValue } from "@/lib/questionnaire/model";
import { withLookups, type TFormVersion } from "@/lib/questionnaire/version-for-form";
import { applicability } from "@/lib/scoring/applicability";
import { neighbours, questionNumbers } from "@/lib/questionnaire/question-numbers";
import { LiveScore } from "./live-score";
import { QuestionCard } from "./question-card";
import type { TFormValues } from "./question-field";
import { OfflineNotice } from "./offline-notice";
import { PageSaveIndicator } from "./save-status";
import { useAutosave } from "./use-autosave";
import { LocalizedText } from "@/lib/features/shell/localized-text";

export type TInitialAnswer = { value: TAnswerValue; revision: number; comment: string | null; carriedForward: boolean };

type TProps = {
  assessmentId: string;
  /** Whose drafts this browser keeps and restores (one person's never go out under another's name). */
  userId: string;
  locale: string;
  pillar: TPillarId;
  /** The version as sent to the browser: one language, one pillar's text (versionForForm). */
  formVersion: TFormVersion;
  initial: Record<string, TInitialAnswer>;
  editable: boolean;
  evidence: Record<string, React.ReactNode>;
  /** The pillars whose answers this person holds (a contributor: their own). */
  readablePillars: readonly TPillarId[];
  /** When the server rendered this page: offline, the copy kept on the device says how old it is. */
  renderedAt: string;
  /** A reviewer drafting desk research: answers are written in each question's desk-research panel. */
  deskResearch?: boolean;
};

/** Answers typed by hand (and so possibly out of range); choices are always one of the options. */
const TYPED = new Set(["number", "text", "date"]);

/** Checkbox groups report a string, false or an array depending on how many boxes exist. */
function normalize(value: unknown, multiple: boolean): TAnswerValue {
  if (multiple) return Array.isArray(value) ? value : typeof value === "string" ? [value] : [];
  if (value === undefined || value === "" || (typeof value === "number" && Number.isNaN(value))) return null;
  return value as TAnswerValue;
}

export function PillarForm({
  assessmentId,
  userId,
  locale,
  pillar,
  formVersion,
  initial,
  editable,
  evidence,
  readablePillars,
  renderedAt,
  deskResearch,
}: TProps) {
  const t = useTranslations("assessment");
  const version = useMemo(() => withLookups(formVersion), [formVersion]);
  const questions = useMemo(() => version.questions.filter((q) => q.pillar === pillar), [version, pillar]);
  const defaults = useMemo(
    () => Object.fromEntries(questions.map((q) => [q.id, initial[q.id]?.value ?? (q.type === "multiple-choice" ? [] : null)])) as TFormValues,
    [questions, initial],
  );
  // Each answer is checked against its question's own zod schema (answer-value.ts, the server's too)
  // when it changes; choices cannot be invalid, so that module loads only for typed answers.
  const form = useForm<TFormValues>({ defaultValues: defaults, mode: "onChange" });
  const [answers, setAnswers] = useState<TAnswers>(() => Object.fromEntries(Object.entries(initial).map(([id, a]) => [id, a.value])));
  // Comments put back from this device's drafts; the card is remounted to show them.
  const [restoredComments, setRestoredComments] = useState<Record<string, string>>({});
  const autosave = useAutosave({
    assessmentId,
    userId,
    initial,
    editable,
    questionIds: questions.map((q) => q.id),
    onRestore: (drafts) => {
      const comments: Record<string, string> = {};
      for (const { questionId, edit } of drafts) {
        if (edit.value !== undefined) form.setValue(questionId, edit.value as never, { shouldDirty: true });
        if (edit.comment !== undefined) comments[questionId] = edit.comment ?? "";
      }
      setAnswers((a) => ({ ...a, ...Object.fromEntries(drafts.filter((d) => d.edit.value !== undefined).map((d) => [d.questionId, d.edit.value!])) }));
      setRestoredComments(comments);
    },
  });
  const { queue } = autosave;

  useEffect(() => {
    // eslint-disable-next-line react-hooks/incompatible-library -- a subscription inside an effect, not a render value
    const subscription = form.watch((values, { name }) => {
      const q = name ? version.questionById[name] : undefined;
      if (!q) return;
      const value = normalize(values[q.id], q.type === "multiple-choice");
      const accept = () => {
        form.clearErrors(q.id);
        setAnswers((a) => ({ ...a, [q.id]: value }));
        queue.queue(q.id, { value });
      };
      if (value === null || !TYPED.has(q.type)) return accept();
      void import("@/lib/scoring/answer-value").then(
        ({ answerSchemaFor }) => {
          // A later edit of the same question may have arrived meanwhile: check the latest value only.
          if (normalize(form.getValues(q.id), false) !== value) return;
          const checked = answerSchemaFor(q).safeParse(value);
          if (!checked.success) return form.setError(q.id, { type: "validate", message: checked.error.issues[0]?.message });
          accept();
        },
        // Offline before the checker ever loaded: keep the edit (the server checks it on arrival).
        accept,
      );
    });
    return () => subscription.unsubscribe();
  }, [form, version, queue]);

  // Marks the moment the form answers clicks (hydrated), which the slow-link test and benchmark time.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const applicable = applicability(version, answers);
  const numbers = useMemo(() => questionNumbers(version), [version]);
  const ordered = questions.map((q) => q.id).filter((id) => applicable[id]);
  const count = (status: string) => Object.values(autosave.states).filter((s) => s.status === status).length;
  const current = version.pillars.find((p) => p.id === pillar)!;

  return (
    <div className="assessment-layout">
      <form
        className="stack"
        noValidate
        onSubmit={(e) => e.preventDefault()}
        aria-label={localized(current.title, locale)}
        data-hydrated={hydrated || undefined}
      >
        <OfflineNotice renderedAt={renderedAt} />
        <PageSaveIndicator
          unsaved={autosave.unsaved}
          retrying={count("retrying")}
          refused={count("failed")}
          conflicts={count("conflict")}
          keptOnDevice={autosave.keptOnDevice}
          restored={autosave.restored}
        />
        {!editable && <p className="alert">{t(deskResearch ? "deskResearch.readOnly" : "readOnly")}</p>}
        {current.indicatorIds.map((indicatorId) => {
          const indicator = version.indicatorById[indicatorId]!;
          const visible = indicator.questionIds.filter((id) => applicable[id]);
          return (
            <section key={indicatorId} className="card stack" aria-labelledby={`ind-${indicatorId}`}>
              <h2 id={`ind-${indicatorId}`}>
                <LocalizedText text={indicator.title} locale={locale} />
              </h2>
              {visible.map((id) => (
                <QuestionCard
                  key={id in restoredComments ? `${id}:restored` : id}
                  number={numbers[id] ?? ""}
                  around={neighbours(ordered, id)}
                  q={version.questionById[id]!}
                  version={version}
                  locale={locale}
                  form={form}
                  editable={editable}
                  state={autosave.states[id]}
                  carried={initial[id]?.carriedForward ?? false}
                  initialComment={restoredComments[id] ?? initial[id]?.comment ?? ""}
                  onComment={(comment) => queue.queue(id, { comment })}
                  onResolve={(choice, conflict) => {
                    if (choice === "theirs") {
                      form.setValue(id, conflict.theirs as never, { shouldDirty: false });
                      setAnswers((a) => ({ ...a, [id]: conflict.theirs }));
                    }
                    queue.resolve(id, choice, conflict);
                  }}
                  assessmentId={assessmentId}
                  evidence={evidence[id]}
                />
              ))}
            </section>
          );
        })}
      </form>
      <LiveScore version={version} answers={answers} locale={locale} pillars={readablePillars} />
    </div>
  );
}
