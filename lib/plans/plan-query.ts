import { z } from "zod";
import { firstValue, listValues, type TQueryParams } from "../api/query-values";
import { ITU_REGIONS } from "../countries/countries";

/**
 * Which plan to build: a cycle (the latest when none), and an ITU region or a list of countries.
 * Read from a URL people edit and share, so a repeated or unknown value falls back to no filter.
 */
export const ZPlanQuery = z.object({
  cycle: z.preprocess(firstValue, z.string().trim().max(100).optional().catch(undefined)),
  region: z.preprocess(firstValue, z.enum(ITU_REGIONS).optional().catch(undefined)),
  countries: z.preprocess(
    (v) => listValues(v).map((c) => c.toUpperCase()),
    z
      .array(z.string())
      .max(300)
      .catch([])
      .describe("ISO 3166-1 alpha-3 codes, repeated or comma-separated; codes that are not three letters are left out")
      .transform((codes) => codes.filter((c) => /^[A-Z]{3}$/.test(c))),
  ),
});
/** The query as it comes, from a page's URL, the API or a test: `ZPlanQuery` makes sense of it. */
export type TPlanQuery = TQueryParams;
