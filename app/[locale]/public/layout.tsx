import { setRequestLocale } from "next-intl/server";
import { PublicShell } from "@/lib/features/public/public-shell";

export default async function PublicLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <PublicShell>{children}</PublicShell>;
}
