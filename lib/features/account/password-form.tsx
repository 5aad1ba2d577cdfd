"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { PasswordFieldError } from "../auth/password-field-error";
import { ZChangePassword, type TChangePassword } from "../auth/schemas";
import { FieldError } from "../shell/field-error";
import { changePasswordAction } from "./actions";

/** Change one's own password: the same rule as everywhere (lib/features/auth/password-schema.ts). */
export function PasswordForm() {
  const t = useTranslations("account.password");
  const [state, setState] = useState<"idle" | "done" | "failed">("idle");
  const { register, handleSubmit, formState, setError, reset } = useForm<TChangePassword>({ resolver: zodResolver(ZChangePassword) });
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
      <label className="field">
        <span>{t("current")}</span>
        <input type="password" autoComplete="current-password" aria-invalid={Boolean(formState.errors.currentPassword)} {...register("currentPassword")} />
        <FieldError message={formState.errors.currentPassword?.message} />
      </label>
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
      <label className="field">
        <span>{t("confirm")}</span>
        <input type="password" autoComplete="new-password" aria-invalid={Boolean(formState.errors.confirm)} {...register("confirm")} />
        <FieldError message={formState.errors.confirm?.message} />
      </label>
      <div>
        <button type="submit" className="primary" disabled={formState.isSubmitting}>
          {t("submit")}
        </button>
      </div>
    </form>
  );
}
