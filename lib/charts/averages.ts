import { PILLAR_IDS, round1, type TAggregate, type TPillarScores, type TSeries } from "./types";

/** Mean overall and pillar scores of the scored items (rounded to 0.1); null pillars when none. */
export function averageSeries(id: string, label: string, items: readonly Pick<TAggregate, "overall" | "pillars">[]): TSeries {
  const scored = items.filter((i) => i.pillars !== null && i.overall !== null);
  if (scored.length === 0) return { id, label, overall: null, pillars: null, count: 0 };
  const mean = (f: (i: (typeof scored)[number]) => number) => round1(scored.reduce((sum, i) => sum + f(i), 0) / scored.length);
  const pillars = Object.fromEntries(PILLAR_IDS.map((p) => [p, mean((i) => i.pillars![p])])) as TPillarScores;
  return { id, label, overall: mean((i) => i.overall!), pillars, count: scored.length };
}

/** One average per region, in the order given (regions without scored items keep null scores). */
export function regionAverages(items: readonly TAggregate[], regions: readonly { id: string; label: string }[]): TSeries[] {
  return regions.map((r) =>
    averageSeries(
      `region:${r.id}`,
      r.label,
      items.filter((i) => i.region === r.id),
    ),
  );
}
