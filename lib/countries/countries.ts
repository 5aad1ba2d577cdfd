// The 193 ITU Member States and Palestine: names in the six UN languages and the UN region come from
// the maintained world-countries package; the ITU-D region from our data file (source noted in it).
import worldCountries from "world-countries";
import ituRegions from "./itu-d-regions.json";

export const ITU_REGIONS = ["africa", "americas", "arab-states", "asia-pacific", "cis", "europe"] as const;
export type TItuRegion = (typeof ITU_REGIONS)[number];

export type TCountry = {
  iso3: string;
  iso2: string;
  m49Code: string;
  m49Region: string;
  m49Subregion: string;
  ituRegion: TItuRegion;
  names: { en: string; fr: string; ar: string; zh: string; ru: string; es: string };
};

const regionOf = new Map<string, TItuRegion>(Object.entries(ituRegions.regions).flatMap(([region, codes]) => codes.map((c) => [c, region as TItuRegion])));

export function listCountries(): TCountry[] {
  return worldCountries
    .filter((c) => regionOf.has(c.cca3))
    .map((c) => ({
      iso3: c.cca3,
      iso2: c.cca2,
      m49Code: c.ccn3,
      m49Region: c.region,
      m49Subregion: c.subregion,
      ituRegion: regionOf.get(c.cca3)!,
      names: {
        en: c.name.common,
        fr: c.translations.fra?.common ?? c.name.common,
        ar: c.translations.ara?.common ?? c.name.common,
        zh: c.translations.zho?.common ?? c.name.common,
        ru: c.translations.rus?.common ?? c.name.common,
        es: c.translations.spa?.common ?? c.name.common,
      },
    }))
    .sort((a, b) => a.iso3.localeCompare(b.iso3));
}

export const ITU_REGION_CODES: ReadonlySet<string> = new Set(regionOf.keys());
