import { responds } from "@/lib/api/typed-response";
import { ZNotificationsQuery } from "@/lib/assessments/review-query-schemas";
import { defineRoute } from "@/lib/server/entry/define-route";
import { listNotifications } from "@/lib/server/review/list-notifications";
import { unreadCount } from "@/lib/server/review/unread-count";
import { ZNotifications } from "@/lib/server/review/review-responses";

/** The caller's own notifications, newest first (?limit=1..100, default 30), and how many are unread. */
export const GET = defineRoute(async ({ actor, request }) => {
  const { limit } = ZNotificationsQuery.parse({ limit: request.nextUrl.searchParams.get("limit") || undefined });
  const [notifications, unread] = await Promise.all([listNotifications(actor, limit), unreadCount(actor)]);
  return responds(ZNotifications, { unread, notifications });
});
