// A URL's query string as pages and routes read it. People edit, bookmark and share these URLs, so
// a parameter may come twice or hold nonsense: page schemas take the first value and fall back to
// their default, instead of failing the page.
import type { z } from "zod";

export type TQueryParams = Record<string, string | string[] | undefined>;

/** The first of a repeated parameter; an empty one is no value. */
export const firstValue = (v: unknown) => (Array.isArray(v) ? v[0] : v) || undefined;

/** Repeated parameters and comma-separated lists alike. */
export const listValues = (v: unknown) => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).flatMap((s) => String(s).split(/[\s,;]+/)).filter(Boolean));

export const parseQuery = <S extends z.ZodType>(schema: S, params: TQueryParams): z.output<S> => schema.parse(params);

export const paramsOf = (url: URL): TQueryParams => {
  const out: TQueryParams = {};
  for (const key of new Set(url.searchParams.keys())) out[key] = url.searchParams.getAll(key);
  return out;
};
