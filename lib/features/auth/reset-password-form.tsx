"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Link } from "@/lib/i18n/navigation";
import { authClient } from "./auth-client";
import { PasswordFieldError } from "./password-field-error";
import { ZResetPassword, type TResetPassword } from "./schemas";
import { TextField } from "../shell/text-field";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("resetPassword");
  const [state, setState] = useState<"idle" | "done" | "invalid">("idle");
  const form = useForm<TResetPassword>({ resolver: zodResolver(ZResetPassword) });
  const { register, handleSubmit, formState, setError } = form;
  const onSubmit = handleSubmit(async (values) => {
    const { error } = await authClient.resetPassword({ newPassword: values.password, token });
    // The server applies the same password rule; its reason lands on the field.
    if (error?.code === "WEAK_PASSWORD") return setError("password", { message: error.message });
    setState(error ? "invalid" : "done");
  });
  if (state === "done") {
    return (
      <p role="status" className="alert success">
        {t("done")} <Link href="/sign-in">→</Link>
      </p>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="stack">
      {state === "invalid" && (
        <p role="alert" className="alert error">
          {t("invalidToken")}
        </p>
      )}
      <label className="field">
        <span>{t("password")}</span>
        <input type="password" autoComplete="new-password" aria-describedby="pw-hint" {...register("password")} />
        <small id="pw-hint">{t("hint")}</small>
        <PasswordFieldError message={formState.errors.password?.message} />
      </label>
      <TextField form={form} name="confirm" label={t("confirm")} type="password" autoComplete="new-password" />
      <button type="submit" className="primary" disabled={formState.isSubmitting}>
        {t("submit")}
      </button>
    </form>
  );
}
