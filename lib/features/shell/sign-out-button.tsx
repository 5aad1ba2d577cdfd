import { getTranslations } from "next-intl/server";
import { signOutAction } from "./sign-out-action";

/** A plain form: signing out needs no client JavaScript. */
export async function SignOutButton() {
  const t = await getTranslations("nav");
  return (
    <form action={signOutAction}>
      <button type="submit" className="link-button">
        {t("signOut")}
      </button>
    </form>
  );
}
