"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FieldError } from "../shell/field-error";
import { authClient } from "./auth-client";
import { ZForgotPassword } from "./schemas";

export function ForgotPasswordForm() {
  const t = useTranslations("forgotPassword");
  const locale = useLocale();
  const [sent, setSent] = useState(false);
  const { register, handleSubmit, formState } = useForm<z.infer<typeof ZForgotPassword>>({ resolver: zodResolver(ZForgotPassword) });
  const onSubmit = handleSubmit(async ({ email }) => {
    // The answer is the same whether or not the account exists, so nothing leaks.
    await authClient.requestPasswordReset({ email, redirectTo: `/${locale}/reset-password` });
    setSent(true);
  });
  if (sent)
    return (
      <p role="status" className="alert success">
        {t("sent")}
      </p>
    );
  return (
    <form onSubmit={onSubmit} noValidate className="stack">
      <label className="field">
        <span>E-mail</span>
        <input type="email" autoComplete="username" {...register("email")} />
        <FieldError message={formState.errors.email?.message} />
      </label>
      <button type="submit" className="primary" disabled={formState.isSubmitting}>
        {t("submit")}
      </button>
    </form>
  );
}
