import { toCsv } from "../exports/csv";
import type { TAggregate } from "./types";

export type THeatMap = {
  /** Flags, most frequent first (ties by id). */
  flags: { id: string; count: number }[];
  /** Countries with at least one flag, most flags first (ties by name); `cells` follows `flags`. */
  rows: { iso3: string; name: string; region: string; tier: number | null; total: number; cells: boolean[] }[];
};

/** Countries x gap flags. */
export function heatMap(items: readonly Pick<TAggregate, "iso3" | "name" | "region" | "tier" | "flags">[]): THeatMap {
  const counts = new Map<string, number>();
  for (const i of items) for (const f of new Set(i.flags)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const flags = [...counts].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
  const rows = items
    .filter((i) => i.flags.length > 0)
    .map((i) => {
      const set = new Set(i.flags);
      return { iso3: i.iso3, name: i.name, region: i.region, tier: i.tier, total: set.size, cells: flags.map((f) => set.has(f.id)) };
    })
    .sort((a, b) => b.total - a.total || a.name.localeCompare(b.name));
  return { flags, rows };
}

/** Countries raising a flag, optionally in one region and tier, by name. */
export function countriesWithFlag<T extends Pick<TAggregate, "name" | "region" | "tier" | "flags">>(
  items: readonly T[],
  flag: string,
  filter: { region?: string; tier?: number } = {},
): T[] {
  return items
    .filter((i) => i.flags.includes(flag) && (!filter.region || i.region === filter.region) && (!filter.tier || i.tier === filter.tier))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The heat map as CSV: one row per country, a 0/1 column per flag. */
export function heatMapCsv(map: THeatMap): string {
  const header = ["iso3", "country", "region", "tier", "flags", ...map.flags.map((f) => f.id)];
  return toCsv(
    header,
    map.rows.map((r) => [r.iso3, r.name, r.region, r.tier, r.total, ...r.cells.map((c) => (c ? 1 : 0))]),
  );
}
