import "server-only";
import { z } from "zod";
import { LOCALES } from "../../i18n/routing";

/** The query of the open API: which published cycle (the newest when left out) and the language of names and texts. */
export const ZPublicQuery = z.object({
  cycle: z.string().min(1).max(64).optional(),
  locale: z.enum(LOCALES).default("en"),
});
