import "server-only";
import { forbidden } from "next/navigation";
import { redirect } from "../i18n/navigation";
import { isAdmin, type TActor } from "../authz/policy";
import { currentActor } from "./current-actor";

/** The signed-in person, or a redirect to the sign-in page of this locale. */
export async function requireActor(locale: string): Promise<TActor> {
  const actor = await currentActor();
  if (!actor) return redirect({ href: "/sign-in", locale });
  return actor;
}

/** Admin pages: anyone else gets the 403 page. */
export async function requireAdmin(locale: string): Promise<TActor> {
  const actor = await requireActor(locale);
  if (!isAdmin(actor)) forbidden();
  return actor;
}
