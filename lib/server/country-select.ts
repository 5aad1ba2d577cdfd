import "server-only";

/** A country with its codes, ITU region and its name in the six languages: what maps and lists draw. */
export const countryMapSelect = {
  iso3: true,
  m49Code: true,
  ituRegion: true,
  nameEn: true,
  nameFr: true,
  nameAr: true,
  nameZh: true,
  nameRu: true,
  nameEs: true,
} as const;
