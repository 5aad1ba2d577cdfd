import { notFound } from "next/navigation";
import { cache } from "react";
import { setRequestLocale } from "next-intl/server";
import { ZIso3Param } from "@/lib/assessments/publication";
import { countryName } from "@/lib/countries/country-name";
import { PublicCountryView } from "@/lib/features/public/public-country-view";
import { AppError } from "@/lib/server/errors";
import { loadPublicCountry } from "@/lib/server/public/load-public-country";

type TProps = { params: Promise<{ locale: string; iso3: string }>; searchParams: Promise<{ cycle?: string | string[] }> };

// Metadata and the page read the same profile: loaded once per request.
const loadProfile = cache((iso3: string, cycle: string | undefined) =>
  loadPublicCountry(iso3, cycle).catch((e: unknown) => {
    if (e instanceof AppError && e.code === "not-found") notFound();
    throw e;
  }),
);

async function profileOf({ params, searchParams }: TProps) {
  const { iso3 } = await params;
  const { cycle } = await searchParams;
  const code = ZIso3Param.safeParse(iso3);
  if (!code.success) notFound();
  return loadProfile(code.data, typeof cycle === "string" ? cycle : undefined);
}

export async function generateMetadata(props: TProps) {
  const { locale } = await props.params;
  const profile = await profileOf(props);
  return { title: `${countryName(profile.entry.country, locale)} · ${profile.cycle.name}` };
}

export default async function PublicCountryPage(props: TProps) {
  const { locale } = await props.params;
  setRequestLocale(locale);
  return <PublicCountryView profile={await profileOf(props)} locale={locale} />;
}
