"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";
import { useForm } from "react-hook-form";
import type * as z from "zod/mini";
import { applyFieldErrors } from "../shell/apply-field-errors";
import { FieldError } from "../shell/field-error";
import { addLinkAction } from "./actions";
import { ZAddLink } from "../../evidence/schemas";
import type { TEvidenceLink } from "../../evidence/types";

/**
 * Fields to add a link. A group, not a <form>: the panel lives inside the answer form, so Enter and
 * the button submit through react-hook-form's handleSubmit instead of a native submit.
 */
export function AddLinkFields({
  assessmentId,
  questionId,
  onAdded,
  focusOnOpen = false,
}: {
  assessmentId: string;
  questionId: string;
  onAdded: (item: TEvidenceLink) => void;
  focusOnOpen?: boolean;
}) {
  const t = useTranslations("evidence.addLink");
  const legendId = useId();
  const hintId = useId();
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const { register, handleSubmit, formState, reset, setError, setFocus } = useForm<z.input<typeof ZAddLink>, unknown, z.output<typeof ZAddLink>>({
    resolver: zodResolver(ZAddLink),
    defaultValues: { questionId, url: "", title: "" },
  });

  // Opened by "Add a link": the cursor goes where the address is typed.
  useEffect(() => {
    if (focusOnOpen) setFocus("url");
  }, [focusOnOpen, setFocus]);

  const submit = handleSubmit(async (values) => {
    setStatus(null);
    const res = await addLinkAction({ assessmentId, ...values });
    if (!res.ok) {
      applyFieldErrors(setError, res.error.fields);
      return setStatus({ text: t("failed", { message: res.error.message }), error: true });
    }
    reset({ questionId, url: "", title: "" });
    setStatus({ text: t("added"), error: false });
    onAdded(res.data);
  });
  const onEnter = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== "Enter") return;
    // Keep Enter from reaching the surrounding answer form.
    e.preventDefault();
    void submit();
  };

  const urlError = formState.errors.url?.message;
  return (
    <div role="group" aria-labelledby={legendId} className="inline-form">
      <strong id={legendId} style={{ flexBasis: "100%" }}>
        {t("legend")}
      </strong>
      <label className="field">
        <span>{t("url")}</span>
        <input
          type="url"
          inputMode="url"
          autoComplete="url"
          placeholder="https://"
          aria-invalid={urlError ? true : undefined}
          aria-describedby={hintId}
          onKeyDown={onEnter}
          {...register("url")}
        />
        <span id={hintId} className="muted small">
          {t("urlHint")}
        </span>
        <FieldError message={urlError} />
      </label>
      <label className="field">
        <span>{t("title")}</span>
        <input type="text" onKeyDown={onEnter} aria-invalid={formState.errors.title ? true : undefined} {...register("title")} />
        <FieldError message={formState.errors.title?.message} />
      </label>
      <button type="button" onClick={() => void submit()} disabled={formState.isSubmitting}>
        {formState.isSubmitting ? t("adding") : t("submit")}
      </button>
      <div aria-live="polite" style={{ flexBasis: "100%" }}>
        {status && (
          <p role={status.error ? "alert" : "status"} className={`alert small ${status.error ? "error" : "success"}`}>
            {status.text}
          </p>
        )}
      </div>
    </div>
  );
}
