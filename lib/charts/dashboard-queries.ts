import { z } from "zod";
import { firstValue as one, listValues as many } from "@/lib/api/query-values";
import { PILLAR_IDS } from "@/lib/charts/types";
import { ITU_REGIONS } from "@/lib/countries/countries";

export const ZOverviewQuery = z.object({
  cycle: z.preprocess(one, z.string().max(64).optional().catch(undefined)),
  metric: z.preprocess(
    one,
    z
      .enum(["overall", ...PILLAR_IDS])
      .catch("overall")
      .default("overall"),
  ),
});

export const ZCompareQuery = z.object({
  cycle: z.preprocess(one, z.string().max(64).optional().catch(undefined)),
  countries: z.preprocess(
    many,
    z
      .array(
        z
          .string()
          .toUpperCase()
          .regex(/^[A-Z]{3}$/),
      )
      .max(8)
      .catch([]),
  ),
  regions: z.preprocess(many, z.array(z.enum(ITU_REGIONS)).catch([])),
  global: z.preprocess(one, z.string().optional()).transform((v) => v === "1" || v === "true" || v === "on"),
});

export const ZGapsQuery = z.object({
  cycle: z.preprocess(one, z.string().max(64).optional().catch(undefined)),
  region: z.preprocess(one, z.enum(ITU_REGIONS).optional().catch(undefined)),
  tier: z.preprocess(one, z.coerce.number().int().min(1).max(5).optional().catch(undefined)),
  flag: z.preprocess(one, z.string().max(80).optional().catch(undefined)),
});
