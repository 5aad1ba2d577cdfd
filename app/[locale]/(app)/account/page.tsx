import { getTranslations, setRequestLocale } from "next-intl/server";
import { AccountView } from "@/lib/features/account/account-view";
import { requireActor } from "@/lib/server/page-guards";
import { listApiTokens } from "@/lib/server/tokens/list-api-tokens";

export async function generateMetadata() {
  const t = await getTranslations("account");
  return { title: t("title") };
}

export default async function AccountPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireActor(locale);
  return <AccountView actor={actor} tokens={await listApiTokens(actor)} />;
}
