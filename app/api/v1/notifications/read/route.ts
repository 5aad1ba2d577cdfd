import { defineRoute } from "@/lib/server/entry/define-route";
import { markNotificationsRead } from "@/lib/server/review/notifications";

/** Marks all of the caller's notifications as read. */
export const POST = defineRoute(async ({ actor }) => {
  await markNotificationsRead(actor);
  return { unread: 0 };
});
