import { getTranslations, setRequestLocale } from "next-intl/server";
import { NotificationsView } from "@/lib/features/review/notifications-view";
import { requireActor } from "@/lib/server/page-guards";
import { listNotifications } from "@/lib/server/review/list-notifications";
import { unreadCount } from "@/lib/server/review/unread-count";

export async function generateMetadata() {
  return { title: (await getTranslations("notifications"))("title") };
}

export default async function NotificationsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireActor(locale);
  const [items, unread] = await Promise.all([listNotifications(actor, 50), unreadCount(actor)]);
  return <NotificationsView items={items} unread={unread} locale={locale} />;
}
