"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/server/entry/define-action";
import { markNotificationsRead } from "@/lib/server/review/mark-notifications-read";

export const markAllNotificationsReadAction = defineAction({
  schema: z.object({}),
  // Everyone may; the operation only ever touches the caller's own notifications.
  authorize: () => undefined,
  run: async (actor) => {
    await markNotificationsRead(actor);
    // The layout too: the header shows the unread count on every page.
    revalidatePath("/[locale]", "layout");
    return null;
  },
});
