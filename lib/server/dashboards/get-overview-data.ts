import "server-only";
import type { TActor } from "../../authz/policy";
import { averageSeries, regionAverages } from "../../charts/averages";
import { statusCounts, tierDistribution } from "../../charts/distributions";
import { ITU_REGIONS } from "../../countries/countries";
import { dashboardCycles, loadAggregates, validatedOnly } from "./load-aggregates";

/** Overview of one cycle: statuses, tiers, global and regional averages, and map values. */
export async function getOverviewData(actor: TActor, filter: { cycle?: string; locale: string; regionLabel?: (id: string) => string; worldLabel?: string }) {
  const { cycles, cycle } = await dashboardCycles(filter.cycle);
  if (!cycle) return { cycles, cycle, empty: true as const };
  const items = await loadAggregates(actor, [cycle.id], filter.locale);
  const validated = validatedOnly(items);
  return {
    cycles,
    cycle,
    empty: false as const,
    isDemo: items.some((i) => i.isDemo),
    total: items.length,
    statuses: statusCounts(items),
    tiers: tierDistribution(validated),
    global: averageSeries("global", filter.worldLabel ?? "World", validated),
    regions: regionAverages(
      validated,
      ITU_REGIONS.map((id) => ({ id, label: filter.regionLabel?.(id) ?? id })),
    ),
    map: items.map((i) => ({
      assessmentId: i.assessmentId,
      iso3: i.iso3,
      m49Code: i.m49Code,
      name: i.name,
      status: i.status,
      tier: i.tier,
      overall: i.overall,
      pillars: i.pillars,
    })),
  };
}
