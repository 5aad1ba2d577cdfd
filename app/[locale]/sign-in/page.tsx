import { getTranslations, setRequestLocale } from "next-intl/server";
import { SignInForm } from "@/lib/features/auth/sign-in-form";
import { AuthCard } from "@/lib/features/auth/auth-card";
import { Link, redirect } from "@/lib/i18n/navigation";
import { currentActor } from "@/lib/server/current-actor";

export default async function SignInPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  if (await currentActor()) redirect({ href: "/", locale });
  const t = await getTranslations("signIn");
  return (
    <AuthCard title={t("title")} intro={t("intro")}>
      <SignInForm />
      <p>
        <Link href="/forgot-password">{t("forgot")}</Link>
      </p>
      <p>
        <Link prefetch={false} href="/public">
          {t("publicResults")}
        </Link>
      </p>
    </AuthCard>
  );
}
