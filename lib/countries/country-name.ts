type TNamed = { iso3: string; nameEn: string; nameFr: string; nameAr: string; nameZh: string; nameRu: string; nameEs: string };

const FIELD = { en: "nameEn", fr: "nameFr", ar: "nameAr", zh: "nameZh", ru: "nameRu", es: "nameEs" } as const;

/** The country's name in the reader's language (English for an unknown locale). */
export function countryName(country: TNamed, locale: string): string {
  return country[FIELD[locale as keyof typeof FIELD] ?? "nameEn"];
}
