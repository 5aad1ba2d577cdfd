import "server-only";
import { listCountries } from "../countries/countries";
import type { TDb } from "../db/create-client";
import { isUniqueViolation } from "../server/errors";

const keepTheOtherWritersRow = (error: unknown) => {
  if (!isUniqueViolation(error)) throw error;
};

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
    // Another process may be seeding the same countries at this moment: its row is as good as ours.
    if (!stored) await db.country.create({ data: { iso3: c.iso3, ...data } }).catch(keepTheOtherWritersRow);
    else if (Object.entries(data).some(([k, v]) => stored[k as keyof typeof data] !== v)) {
      await db.country.update({ where: { iso3: c.iso3 }, data });
    }
  }
  return countries.length;
}
