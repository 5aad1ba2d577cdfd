"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { PasswordFieldError } from "../auth/password-field-error";
import { ZChangePassword, type TChangePassword } from "../auth/schemas";
import { changePasswordAction } from "./actions";
import { TextField } from "../shell/text-field";

/** Change one's own password: the same rule as everywhere (lib/features/auth/password-schema.ts). */
export function PasswordForm() {
  const t = useTranslations("account.password");
  const [state, setState] = useState<"idle" | "done" | "failed">("idle");
  const form = useForm<TChangePassword>({ resolver: zodResolver(ZChangePassword) });
  const { register, handleSubmit, formState, setError, reset } = form;
  const onSubmit = handleSubmit(async (values) => {
    const res = await changePasswordAction(values);
    if (res.ok) {
      reset();
      return setState("done");
    }
    const fields = res.error.fields ?? {};
    if (fields.currentPassword) setError("currentPassword", { message: t("wrongCurrent") });
    if (fields.password) setError("password", { message: fields.password });
    setState(fields.currentPassword || fields.password ? "idle" : "failed");
  });
  return (
    <form onSubmit={onSubmit} noValidate className="stack" aria-label={t("title")}>
      <div aria-live="polite">
        {state === "done" && (
          <p role="status" className="alert success">
            {t("done")}
          </p>
        )}
        {state === "failed" && (
          <p role="alert" className="alert error">
            {t("failed")}
          </p>
        )}
      </div>
      <TextField form={form} name="currentPassword" label={t("current")} type="password" autoComplete="current-password" />
      <label className="field">
        <span>{t("new")}</span>
        <input
          type="password"
          autoComplete="new-password"
          aria-describedby="new-password-hint"
          aria-invalid={Boolean(formState.errors.password)}
          {...register("password")}
        />
        <small id="new-password-hint">{t("hint")}</small>
        <PasswordFieldError message={formState.errors.password?.message} />
      </label>
      <TextField form={form} name="confirm" label={t("confirm")} type="password" autoComplete="new-password" />
      <div>
        <button type="submit" className="primary" disabled={formState.isSubmitting}>
          {t("submit")}
        </button>
      </div>
    </form>
  );
}
