import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { LanguageSwitcher } from "../shell/language-switcher";

/** The frame of the signed-out pages: product name, language choice, one card. */
export async function AuthCard({ title, intro, children }: { title: string; intro?: string; children: React.ReactNode }) {
  const t = await getTranslations("app");
  return (
    <main id="main" className="auth-page">
      <div className="auth-brand">
        <span className="logo" aria-hidden="true">
          ⬟
        </span>
        <span>{t("name")}</span>
        <Suspense>
          <LanguageSwitcher />
        </Suspense>
      </div>
      <section className="card auth-card">
        <h1>{title}</h1>
        {intro && <p className="muted">{intro}</p>}
        {children}
      </section>
      <p className="muted small">{t("tagline")}</p>
    </main>
  );
}
