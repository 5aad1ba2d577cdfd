import { getTranslations, setRequestLocale } from "next-intl/server";
import { AuthCard } from "@/lib/features/auth/auth-card";
import { ResetPasswordForm } from "@/lib/features/auth/reset-password-form";

export default async function ResetPasswordPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { token } = await searchParams;
  const t = await getTranslations("resetPassword");
  return <AuthCard title={t("title")}>{token ? <ResetPasswordForm token={token} /> : <p role="alert">{t("missingToken")}</p>}</AuthCard>;
}
