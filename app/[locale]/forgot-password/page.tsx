import { getTranslations, setRequestLocale } from "next-intl/server";
import { AuthCard } from "@/lib/features/auth/auth-card";
import { ForgotPasswordForm } from "@/lib/features/auth/forgot-password-form";
import { Link } from "@/lib/i18n/navigation";

export default async function ForgotPasswordPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("forgotPassword");
  return (
    <AuthCard title={t("title")} intro={t("intro")}>
      <ForgotPasswordForm />
      <p>
        <Link href="/sign-in">{t("back")}</Link>
      </p>
    </AuthCard>
  );
}
