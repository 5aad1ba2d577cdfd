import { z } from "zod";
import { PILLAR_IDS } from "@/lib/charts/types";
import { ITU_REGIONS } from "@/lib/countries/countries";

type TParams = Record<string, string | string[] | undefined>;
const one = (v: unknown) => (Array.isArray(v) ? v[0] : v) || undefined;
/** Repeated parameters and comma-separated lists alike. */
const many = (v: unknown) => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).flatMap((s) => String(s).split(/[\s,]+/)).filter(Boolean));

export const ZOverviewQuery = z.object({
  cycle: z.preprocess(one, z.string().max(64).optional()),
  metric: z.preprocess(
    one,
    z
      .enum(["overall", ...PILLAR_IDS])
      .catch("overall")
      .default("overall"),
  ),
});

export const ZCompareQuery = z.object({
  cycle: z.preprocess(one, z.string().max(64).optional()),
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
  cycle: z.preprocess(one, z.string().max(64).optional()),
  region: z.preprocess(one, z.enum(ITU_REGIONS).optional().catch(undefined)),
  tier: z.preprocess(one, z.coerce.number().int().min(1).max(5).optional().catch(undefined)),
  flag: z.preprocess(one, z.string().max(80).optional()),
});

export const parseQuery = <S extends z.ZodType>(schema: S, params: TParams): z.output<S> => schema.parse(params);
export const paramsOf = (url: URL): TParams => {
  const out: TParams = {};
  for (const key of new Set(url.searchParams.keys())) out[key] = url.searchParams.getAll(key);
  return out;
};
