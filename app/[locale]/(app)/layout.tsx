import { setRequestLocale } from "next-intl/server";
import { AppShell } from "@/lib/features/shell/app-shell";
import { requireActor } from "@/lib/server/page-guards";

export default async function SignedInLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireActor(locale);
  return <AppShell actor={actor}>{children}</AppShell>;
}
