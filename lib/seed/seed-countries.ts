import "server-only";
import { listCountries } from "../countries/countries";
import type { TDb } from "../db/create-client";

/** Upserts the 194 countries on their ISO keys: safe to run on every start, and writes only what changed. */
export async function seedCountries(db: TDb): Promise<number> {
  const countries = listCountries();
  const existing = new Map((await db.country.findMany()).map((c) => [c.iso3, c]));
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
    const stored = existing.get(c.iso3);
    // An upsert, not a create: another process may be seeding the same countries at this moment.
    if (!stored) await db.country.upsert({ where: { iso3: c.iso3 }, create: { iso3: c.iso3, ...data }, update: data });
    else if (Object.entries(data).some(([k, v]) => stored[k as keyof typeof data] !== v)) {
      await db.country.update({ where: { iso3: c.iso3 }, data });
    }
  }
  return countries.length;
}
