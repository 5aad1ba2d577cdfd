import "server-only";
import type { TActor } from "../../authz/policy";
import { countriesWithFlag, heatMap } from "../../charts/heat-map";
import { loadStoredVersion } from "../questionnaires/get-questionnaire-version";
import { dashboardCycles, loadAggregates } from "./load-aggregates";

export type TGapsFilter = { cycle?: string; region?: string; tier?: number; flag?: string; locale: string };

/** Gap flags of the visible assessments of a cycle: the heat map, the rules, and who raises a flag. */
export async function getGapsData(actor: TActor, filter: TGapsFilter) {
  const { cycles, cycle } = await dashboardCycles(filter.cycle);
  if (!cycle) return { cycles, cycle, rules: [], map: heatMap([]), flagged: [], isDemo: false };
  const version = await loadStoredVersion(cycle.questionnaireVersionId);
  const lang = filter.locale as "en";
  const rules = version.gapRules.map((r) => ({ id: r.id, severity: r.severity, message: r.message[lang] ?? r.message.en }));
  const all = await loadAggregates(actor, [cycle.id], filter.locale);
  const items = all.filter((i) => (!filter.region || i.region === filter.region) && (!filter.tier || i.tier === filter.tier));
  const map = heatMap(items);
  return {
    cycles,
    cycle,
    rules,
    map,
    flagged: filter.flag
      ? countriesWithFlag(items, filter.flag).map((i) => ({
          assessmentId: i.assessmentId,
          iso3: i.iso3,
          name: i.name,
          region: i.region,
          tier: i.tier,
          status: i.status,
        }))
      : [],
    isDemo: items.some((i) => i.isDemo),
  };
}
