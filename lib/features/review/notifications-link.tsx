import { getTranslations } from "next-intl/server";
import type { TActor } from "@/lib/authz/policy";
import { Link } from "@/lib/i18n/navigation";
import { logger } from "@/lib/server/logger";
import { unreadCount } from "@/lib/server/review/unread-count";

/** The header's link with the unread count: one indexed count, streamed so the header never waits for it. */
export async function NotificationsLink({ actor }: { actor: TActor }) {
  const t = await getTranslations("notifications");
  // A header badge is never worth an error page on every screen.
  const count = await unreadCount(actor).catch((err: unknown) => {
    logger.warn({ err }, "unread notification count failed");
    return null;
  });
  if (count === null)
    return (
      <Link prefetch={false} href="/notifications">
        {t("title")}
      </Link>
    );
  return (
    <Link prefetch={false} href="/notifications" title={t("unread", { count })} data-unread={count}>
      {t("navLink", { count })}
    </Link>
  );
}

/** Shown until the count arrives: the link without a number. */
export async function NotificationsLinkFallback() {
  const t = await getTranslations("notifications");
  return (
    <Link prefetch={false} href="/notifications">
      {t("title")}
    </Link>
  );
}
