"use server";
import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { redirect } from "@/lib/i18n/navigation";
import { auth } from "@/lib/server/auth";

/**
 * Ends the session on the server (better-auth clears the cookie through its nextCookies plugin).
 * A form action rather than the auth client: every signed-in page would otherwise ship the
 * client library (about 12 KB gzip) for one button, and the button works before hydration.
 */
export async function signOutAction(): Promise<void> {
  await auth().api.signOut({ headers: await headers() });
  redirect({ href: "/sign-in", locale: await getLocale() });
}
