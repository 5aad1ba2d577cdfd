"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useRouter } from "@/lib/i18n/navigation";
import { authClient } from "./auth-client";
import { ZSignIn, type TSignIn } from "./schemas";
import { TextField } from "../shell/text-field";

export function SignInForm() {
  const t = useTranslations("signIn");
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<TSignIn>({ resolver: zodResolver(ZSignIn) });
  const { handleSubmit, formState } = form;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    let retryAfter = 0;
    const { error } = await authClient.signIn.email(
      { email: values.email, password: values.password },
      { onError: (ctx) => void (retryAfter = Number(ctx.response.headers.get("x-retry-after")) || 0) },
    );
    if (!error) {
      router.replace("/");
      router.refresh();
      return;
    }
    // Throttled per address (better-auth) or per account (ours): both say when to try again.
    const minutes = Math.max(1, Math.ceil(retryAfter / 60));
    setFormError(error.status === 429 ? t("tooManyAttempts", { minutes }) : error.status === 401 ? t("invalid") : t("failed"));
  });

  return (
    <form onSubmit={onSubmit} noValidate className="stack" aria-describedby={formError ? "sign-in-error" : undefined}>
      <div role="alert" aria-live="assertive" id="sign-in-error" className={formError ? "alert error" : "visually-hidden"}>
        {formError}
      </div>
      <TextField form={form} name="email" label={t("email")} type="email" autoComplete="username" />
      <TextField form={form} name="password" label={t("password")} type="password" autoComplete="current-password" />
      <button type="submit" className="primary" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
