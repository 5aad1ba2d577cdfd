import { getTranslations } from "next-intl/server";
import { signOutAction } from "./sign-out-action";
import { SignOutSubmit } from "./sign-out-submit";

/** A plain form: signing out needs no client JavaScript (with it, the offline copies go too). */
export async function SignOutButton() {
  const t = await getTranslations("nav");
  return (
    <form action={signOutAction}>
      <SignOutSubmit label={t("signOut")} />
    </form>
  );
}
