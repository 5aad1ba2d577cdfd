"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { ZAnswerSource } from "@/lib/assessments/answer-schemas";
import { useRouter } from "@/lib/i18n/navigation";
import type { TNormalizedQuestion } from "@/lib/questionnaire/model";
import { applyFieldErrors } from "../shell/apply-field-errors";
import { TextField } from "../shell/text-field";
import { saveAnswerAction } from "./actions";
import { QuestionField, type TFormValues } from "./answer-form/question-field";
import { ActionError } from "../shell/action-error";

// The answer under the question's id, beside the shared source schema (excerpt as typed).
const ZDeskForm = ZAnswerSource.extend({ excerpt: z.string().max(2000) });
type TDeskForm = z.input<typeof ZDeskForm>;

function valueOf(q: TNormalizedQuestion, raw: unknown) {
  if (q.type === "multiple-choice") return Array.isArray(raw) ? raw : typeof raw === "string" ? [raw] : [];
  return raw === undefined || raw === "" || (typeof raw === "number" && Number.isNaN(raw)) ? null : raw;
}

/**
 * A reviewer drafts one answer from a public source (desk research): the answer, the source's
 * address and title, the day it was read and what it says. Saved with the source in one step.
 * A group, not a <form>: it sits inside the answer form (forms cannot nest), so the button and Enter
 * go through react-hook-form's handleSubmit; its answer controls carry their own name, apart from
 * the read-only form's.
 */
export function DeskResearchForm({
  assessmentId,
  q,
  locale,
  current,
}: {
  assessmentId: string;
  q: TNormalizedQuestion;
  locale: string;
  current: { value: unknown; revision: number; source: { url: string | null; title: string | null; accessedOn: string | null; excerpt: string | null } | null };
}) {
  const t = useTranslations("assessment.deskResearch");
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const field = { ...q, id: `desk-${q.id}` };
  const answer = useForm<TFormValues>({ defaultValues: { [field.id]: (current.value as TFormValues[string]) ?? (q.type === "multiple-choice" ? [] : null) } });
  const form = useForm<TDeskForm>({
    resolver: zodResolver(ZDeskForm),
    defaultValues: {
      url: current.source?.url ?? "",
      title: current.source?.title ?? "",
      accessedOn: current.source?.accessedOn ?? new Date().toISOString().slice(0, 10),
      excerpt: current.source?.excerpt ?? "",
    },
  });
  const onSubmit = form.handleSubmit(async ({ excerpt, ...source }) => {
    setError(null);
    setSaved(false);
    const value = valueOf(q, answer.getValues(field.id));
    const res = await saveAnswerAction({
      assessmentId,
      questionId: q.id,
      value: value as never,
      revision: current.revision,
      source: { ...source, ...(excerpt.trim() ? { excerpt } : {}) },
    });
    if (!res.ok) {
      setError(res.error.message);
      applyFieldErrors(form.setError, res.error.fields);
      return;
    }
    setSaved(true);
    router.refresh();
  });
  return (
    <div
      role="group"
      className="stack card"
      aria-label={t("formLabel")}
      data-desk-research={q.id}
      onKeyDown={(e) => {
        // Keep Enter from submitting the surrounding answer form.
        if (e.key !== "Enter" || (e.target as HTMLElement).tagName === "TEXTAREA") return;
        e.preventDefault();
        void onSubmit();
      }}
    >
      <p className="small muted">{t("intro")}</p>
      <QuestionField q={field} register={answer.register} disabled={false} locale={locale} />
      <TextField form={form} name="url" label={t("url")} type="url" inputMode="url" />
      <TextField form={form} name="title" label={t("title")} />
      <TextField form={form} name="accessedOn" label={t("accessedOn")} type="date" />
      <label className="field">
        <span>{t("excerpt")}</span>
        <textarea rows={2} {...form.register("excerpt")} />
      </label>
      <p>
        <button type="button" className="primary" disabled={form.formState.isSubmitting} onClick={() => void onSubmit()}>
          {t("save")}
        </button>
      </p>
      <div aria-live="polite">
        {saved && <p className="alert success">{t("saved")}</p>}
        <ActionError error={error} />
      </div>
    </div>
  );
}
