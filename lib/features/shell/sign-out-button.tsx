"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "@/lib/i18n/navigation";
import { authClient } from "../auth/auth-client";

export function SignOutButton() {
  const t = useTranslations("nav");
  const router = useRouter();
  return (
    <button
      type="button"
      className="link-button"
      onClick={async () => {
        await authClient.signOut();
        router.replace("/sign-in");
        router.refresh();
      }}
    >
      {t("signOut")}
    </button>
  );
}
