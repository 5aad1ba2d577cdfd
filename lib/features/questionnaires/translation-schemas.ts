import { z } from "zod";

/** A translator's workbook, base64-encoded by the browser; `apply: false` only previews. */
export const ZImportTranslation = z.object({
  workbook: z
    .string()
    .min(1, "Choose a workbook (.xlsx)")
    // ~700 KB of workbook: a whole edition in one language is about 60 KB.
    .max(960_000, "The workbook is too large")
    .regex(/^[A-Za-z0-9+/]+=*$/, "The workbook could not be read"),
  apply: z.boolean().default(false),
});
export type TImportTranslation = z.infer<typeof ZImportTranslation>;
