// The translation of one edition (or crosswalk) into one language: questionnaires/<id>/translations/
// <version>/<lang>.yaml, a flat map from text key (see text-keys.ts) to the translated string, so that a
// translator works on one language alone. Its `revision` counts corrections; it is not part of the
// structure hash, so a corrected translation never changes a score or unpublishes an edition.
import { z } from "zod";
import { LANGUAGES, type TLanguage } from "./constants";

export const TRANSLATED_LANGUAGES = LANGUAGES.filter((l) => l !== "en") as Exclude<TLanguage, "en">[];
export type TTranslatedLanguage = (typeof TRANSLATED_LANGUAGES)[number];

export const ZTranslationFile = z
  .strictObject({
    $schema: z.string().optional(),
    /** `<id>@<version>` of the edition translated. */
    edition: z
      .string()
      .regex(/^[a-z0-9-]+@[0-9A-Za-z.-]+$/, "edition must be <id>@<version>, e.g. five-pillars@2024")
      .optional(),
    /** `<id>@<from> -> <id>@<to>` of the crosswalk translated. */
    crosswalk: z
      .string()
      .regex(/^[a-z0-9-]+@[0-9A-Za-z.-]+ -> [a-z0-9-]+@[0-9A-Za-z.-]+$/, "crosswalk must be <id>@<from> -> <id>@<to>")
      .optional(),
    language: z.enum(TRANSLATED_LANGUAGES as [TTranslatedLanguage, ...TTranslatedLanguage[]]),
    revision: z.number().int().min(1),
    strings: z.record(z.string(), z.string().trim().min(1, "a translation must not be empty")).default({}),
  })
  .refine((f) => (f.edition === undefined) !== (f.crosswalk === undefined), {
    message: "name exactly one of edition or crosswalk",
  });
export type TTranslationFile = z.output<typeof ZTranslationFile>;

/** Translation files are told apart from editions and crosswalks by their `language` and `strings`. */
export function looksLikeTranslation(data: unknown): boolean {
  return data !== null && typeof data === "object" && "language" in data && "strings" in data;
}

export function crosswalkTarget(id: string, from: string, to: string): string {
  return `${id}@${from} -> ${id}@${to}`;
}
