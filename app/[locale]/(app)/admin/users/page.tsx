import { getLocale, getTranslations, setRequestLocale } from "next-intl/server";
import { countryName } from "@/lib/countries/country-name";
import { UsersAdmin } from "@/lib/features/users/users-admin";
import { db } from "@/lib/server/db";
import { requireAdmin } from "@/lib/server/page-guards";
import { listUsers } from "@/lib/server/users/list-users";

export async function generateMetadata() {
  const t = await getTranslations("admin.users");
  return { title: t("title") };
}

export default async function UsersPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireAdmin(locale);
  const [users, countries] = await Promise.all([
    listUsers(actor),
    db().country.findMany({ select: { iso3: true, nameEn: true, nameFr: true, nameAr: true, nameZh: true, nameRu: true, nameEs: true } }),
  ]);
  const current = await getLocale();
  const options = countries.map((c) => ({ iso3: c.iso3, name: countryName(c, current) })).sort((a, b) => a.name.localeCompare(b.name, current));
  return <UsersAdmin users={users} countries={options} selfId={actor.userId} />;
}
