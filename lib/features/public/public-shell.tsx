import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { Link } from "@/lib/i18n/navigation";
import { BrandLink } from "../shell/brand-link";
import { LanguageSwitcher } from "../shell/language-switcher";

/** Header of the public pages: no account, no session read, nothing but the published results. */
export async function PublicShell({ children }: { children: React.ReactNode }) {
  const t = await getTranslations("public");
  return (
    <>
      <header className="app-header">
        <BrandLink href="/public" />
        <nav aria-label={t("navLabel")} className="main-nav">
          <Link prefetch={false} href="/public">
            {t("navResults")}
          </Link>
          <a href="/api/v1/openapi.json">{t("navApi")}</a>
        </nav>
        <div className="header-tools">
          <Suspense>
            <LanguageSwitcher />
          </Suspense>
          <Link prefetch={false} href="/sign-in" className="button">
            {t("signIn")}
          </Link>
        </div>
      </header>
      <main id="main" className="page">
        {children}
      </main>
    </>
  );
}
