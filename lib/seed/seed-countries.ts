import "server-only";
import { listCountries } from "../countries/countries";
import type { TDb } from "../db/create-client";

/** Upserts the 194 countries on their ISO keys: safe to run on every start. */
export async function seedCountries(db: TDb): Promise<number> {
  const countries = listCountries();
  const existing = new Set((await db.country.findMany({ select: { iso3: true } })).map((c) => c.iso3));
  for (const c of countries) {
    const data = {
      iso2: c.iso2,
      m49Code: c.m49Code,
      m49Region: c.m49Region,
      m49Subregion: c.m49Subregion,
      ituRegion: c.ituRegion,
      nameEn: c.names.en,
      nameFr: c.names.fr,
      nameAr: c.names.ar,
      nameZh: c.names.zh,
      nameRu: c.names.ru,
      nameEs: c.names.es,
    };
    if (existing.has(c.iso3)) await db.country.update({ where: { iso3: c.iso3 }, data });
    else await db.country.create({ data: { iso3: c.iso3, ...data } });
  }
  return countries.length;
}
