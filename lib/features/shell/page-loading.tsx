import { getTranslations } from "next-intl/server";

/**
 * What a page shows while its data loads: the header stays, the content area says it is loading
 * (in words for screen readers, as grey lines for the eye). A segment's loading.tsx re-exports it.
 */
export async function PageLoading() {
  const t = await getTranslations("app");
  return (
    <div className="skeleton" role="status" aria-busy="true">
      <span className="visually-hidden">{t("pageLoading")}</span>
      <div className="skeleton-line" aria-hidden="true" />
      <div className="skeleton-line short" aria-hidden="true" />
    </div>
  );
}
