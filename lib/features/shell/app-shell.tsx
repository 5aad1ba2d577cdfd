import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { isAdmin, isReviewer, type TActor } from "@/lib/authz/policy";
import { Link } from "@/lib/i18n/navigation";
import { NotificationsLink, NotificationsLinkFallback } from "../review/notifications-link";
import { BrandLink } from "./brand-link";
import { LanguageSwitcher } from "./language-switcher";
import { ServiceWorkerRegistration } from "./service-worker-registration";
import { SignOutButton } from "./sign-out-button";

/** Header and navigation of signed-in pages; links depend on the person's roles. */
export async function AppShell({ actor, children }: { actor: TActor; children: React.ReactNode }) {
  const t = await getTranslations("nav");
  const roles = await getTranslations("roles");
  const roleNames = [...new Set(actor.grants.map((g) => roles(g.role) + (g.countryIso3 ? ` (${g.countryIso3})` : "")))];
  return (
    <>
      <ServiceWorkerRegistration />
      <header className="app-header">
        <BrandLink href="/" />
        {/* No prefetching from the header: on a shared ministry line it would compete with the page being opened. */}
        <nav aria-label={t("label")} className="main-nav">
          <Link prefetch={false} href="/">
            {t("home")}
          </Link>
          {isAdmin(actor) && (
            <>
              <Link prefetch={false} href="/admin/users">
                {t("users")}
              </Link>
              <Link prefetch={false} href="/admin/questionnaires">
                {t("questionnaires")}
              </Link>
              <Link prefetch={false} href="/admin/cycles">
                {t("cycles")}
              </Link>
              <Link prefetch={false} href="/admin/reference">
                {t("reference")}
              </Link>
            </>
          )}
          <Link prefetch={false} href="/dashboards">
            {t("dashboards")}
          </Link>
          {isReviewer(actor) && (
            <Link prefetch={false} href="/review">
              {t("review")}
            </Link>
          )}
          {isReviewer(actor) && (
            <Link prefetch={false} href="/plans">
              {t("plans")}
            </Link>
          )}
          {actor.grants.some((g) => g.role === "focal-point") && (
            <Link prefetch={false} href="/team">
              {t("team")}
            </Link>
          )}
          <Suspense fallback={<NotificationsLinkFallback />}>
            <NotificationsLink actor={actor} />
          </Suspense>
          <Link prefetch={false} href="/account">
            {t("account")}
          </Link>
        </nav>
        <div className="header-tools">
          <span className="who" title={roleNames.join(", ")}>
            {t("signedInAs", { name: actor.name })}
            <small>{roleNames.join(", ")}</small>
          </span>
          <Suspense>
            <LanguageSwitcher />
          </Suspense>
          <SignOutButton />
        </div>
      </header>
      <main id="main" className="page">
        {children}
      </main>
    </>
  );
}
