// A capacity-building plan across countries: which interventions would help most countries.
// Pure aggregation of scored assessments, shared by the page, the XLSX export and tests.
import type { TGapFlag } from "@/lib/gaps/evaluate-gap-rules";
import type { TLocalizedText } from "@/lib/questionnaire/format-schema";
import type { TNextStep } from "@/lib/scoring/types";
import type { TIndicatorMaturity } from "@/lib/maturity/maturity-stages";
import type { TMaturityStage, TPillarId } from "@/lib/questionnaire/constants";
import type { TStageRequirement } from "@/lib/questionnaire/format-schema";

export type TPlanCountry = {
  /** The assessment the row comes from (for links to its report). */
  id: string;
  iso3: string;
  region: string;
  status: string;
  overall: number;
  tier: number;
  flags: readonly TGapFlag[];
  nextSteps: readonly TNextStep[];
  /** The stage of each indicator (score of record); empty when the edition declares none. */
  maturity?: readonly TIndicatorMaturity[];
};

/** Move an indicator up one stage: the countries one stage below `to`, and what each still misses. */
export type TStageMove = {
  indicator: string;
  pillar: TPillarId;
  from: TMaturityStage;
  to: TMaturityStage;
  countries: string[];
  /** The answers `to` needs that some of these countries miss, with how many miss each; most missed first. */
  missing: { requirement: TStageRequirement; countries: string[] }[];
};

export type TFlagIntervention = {
  id: string;
  severity: TGapFlag["severity"];
  message: TLocalizedText;
  action: TLocalizedText;
  reference: string;
  countries: string[];
};

export type TStepIntervention = {
  question: string;
  pillar: TPillarId;
  indicator: string;
  countries: string[];
  totalGain: number;
  averageGain: number;
};

export type TPlanCountryRow = { id: string; iso3: string; region: string; status: string; overall: number; tier: number; flags: number; potentialGain: number };

export type TPlan = { flags: TFlagIntervention[]; steps: TStepIntervention[]; moves: TStageMove[]; countries: TPlanCountryRow[] };

export const SEVERITY_RANK: Record<TGapFlag["severity"], number> = { critical: 0, high: 1, medium: 2 };
const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Flags rank by severity, then by how many countries raise them; steps by the total overall points
 * the countries would gain, then by how many countries gain. Ties keep a stable id order.
 */
export function buildPlan(countries: readonly TPlanCountry[]): TPlan {
  const flags = new Map<string, TFlagIntervention>();
  const steps = new Map<string, TStepIntervention & { exact: number }>();
  const sorted = [...countries].sort((a, b) => a.iso3.localeCompare(b.iso3));
  for (const c of sorted) {
    for (const f of c.flags) {
      const entry = flags.get(f.id) ?? { id: f.id, severity: f.severity, message: f.message, action: f.action, reference: f.reference, countries: [] };
      if (!entry.countries.includes(c.iso3)) entry.countries.push(c.iso3);
      flags.set(f.id, entry);
    }
    for (const s of c.nextSteps) {
      if (s.gain <= 0) continue;
      const entry = steps.get(s.question) ?? {
        question: s.question,
        pillar: s.pillar,
        indicator: s.indicator,
        countries: [],
        totalGain: 0,
        averageGain: 0,
        exact: 0,
      };
      if (entry.countries.includes(c.iso3)) continue;
      entry.countries.push(c.iso3);
      entry.exact += s.gain;
      steps.set(s.question, entry);
    }
  }
  const flagList = [...flags.values()].sort(
    (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || b.countries.length - a.countries.length || a.id.localeCompare(b.id),
  );
  const stepList = [...steps.values()]
    .map(({ exact, ...s }) => ({ ...s, totalGain: round2(exact), averageGain: round2(exact / s.countries.length) }))
    .sort((a, b) => b.totalGain - a.totalGain || b.countries.length - a.countries.length || a.question.localeCompare(b.question));
  const rows = sorted.map((c) => ({
    id: c.id,
    iso3: c.iso3,
    region: c.region,
    status: c.status,
    overall: c.overall,
    tier: c.tier,
    flags: c.flags.length,
    potentialGain: round2(c.nextSteps.reduce((a, s) => a + Math.max(0, s.gain), 0)),
  }));
  return { flags: flagList, steps: stepList, moves: stageMoves(sorted), countries: rows };
}

/**
 * Stage moves by indicator and target stage, most countries first, then in file order. A country
 * with no answer on an indicator yet is not planned there: it has a questionnaire to answer first.
 */
export function stageMoves(countries: readonly TPlanCountry[]): TStageMove[] {
  const moves = new Map<string, TStageMove & { order: number }>();
  for (const c of countries)
    (c.maturity ?? []).forEach((m, order) => {
      if (m.stage === null || m.next === null) return;
      const key = `${m.indicator}:${m.next.stage}`;
      const move = moves.get(key) ?? { indicator: m.indicator, pillar: m.pillar, from: m.stage, to: m.next.stage, countries: [], missing: [], order };
      move.countries.push(c.iso3);
      for (const requirement of m.next.missing) {
        const same = move.missing.find((x) => JSON.stringify(x.requirement) === JSON.stringify(requirement));
        if (same) same.countries.push(c.iso3);
        else move.missing.push({ requirement, countries: [c.iso3] });
      }
      moves.set(key, move);
    });
  return [...moves.values()]
    .sort((a, b) => b.countries.length - a.countries.length || a.order - b.order || a.to.localeCompare(b.to))
    .map(({ order: _fileOrder, ...m }) => ({ ...m, missing: [...m.missing].sort((a, b) => b.countries.length - a.countries.length) }));
}
