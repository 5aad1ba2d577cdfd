import { responds } from "@/lib/api/typed-response";
import { defineRoute } from "@/lib/server/entry/define-route";
import { markNotificationsRead } from "@/lib/server/review/mark-notifications-read";
import { ZNotificationsRead } from "@/lib/server/review/review-responses";

/** Marks all of the caller's notifications as read. */
export const POST = defineRoute(async ({ actor }) => {
  await markNotificationsRead(actor);
  return responds(ZNotificationsRead, { unread: 0 as const });
});
