// A country report's numbers: the country against its ITU region and the world, strengths and
// growth areas, flags, next steps and evidence counts. Pure, so the page, the PDF and tests agree.
import type { TNormalizedQuestionnaire } from "@/lib/questionnaire/model";
import { PILLAR_IDS, type TPillarId } from "@/lib/questionnaire/constants";
import { headlineOf, type TStoredScore } from "@/lib/assessments/stored-score";
import type { TGapFlag } from "@/lib/gaps/evaluate-gap-rules";
import type { TNextStep, TScoreResult } from "@/lib/scoring/types";

export const REPORT_PILLARS: readonly TPillarId[] = PILLAR_IDS;

/** A validated peer assessment of the same cycle, as stored (pillar scores 0-20). */
export type TPeerScore = { iso3: string; region: string | null; overall: number; pillars: Partial<Record<TPillarId, number>> };

export type TRadarRow = { pillar: TPillarId; country: number; region: number | null; world: number | null };
export type TRankedArea = { kind: "pillar" | "indicator"; id: string; pillar: TPillarId; score: number; maxPoints: number; fraction: number };
export type TEvidenceCount = { links: number; documents: number };

export type TReportData = {
  overall: number;
  tier: number;
  pillars: { pillar: TPillarId; score: number; maxPoints: number }[];
  radar: TRadarRow[];
  averages: { regionCount: number; worldCount: number; regionOverall: number | null; worldOverall: number | null };
  strengths: TRankedArea[];
  growthAreas: TRankedArea[];
  flags: TGapFlag[];
  nextSteps: TNextStep[];
  evidence: Record<TPillarId, TEvidenceCount>;
};

const round2 = (n: number) => Math.round(n * 100) / 100;

function mean(values: number[]): number | null {
  return values.length === 0 ? null : round2(values.reduce((a, b) => a + b, 0) / values.length);
}

/** Averages per pillar and overall; the country itself counts when it is among the peers. */
export function peerAverages(peers: readonly TPeerScore[]) {
  const pillars = Object.fromEntries(
    REPORT_PILLARS.map((k) => [k, mean(peers.flatMap((p) => (typeof p.pillars[k] === "number" ? [p.pillars[k]!] : [])))]),
  ) as Record<TPillarId, number | null>;
  return { count: peers.length, overall: mean(peers.map((p) => p.overall)), pillars };
}

/** Top and bottom areas by share of the points available; indicators break ties in file order. */
export function rankAreas(score: Pick<TScoreResult, "pillars" | "indicators">, count: number): { strengths: TRankedArea[]; growthAreas: TRankedArea[] } {
  const areas: TRankedArea[] = score.indicators
    .filter((i) => i.maxPoints > 0)
    .map((i) => ({ kind: "indicator", id: i.id, pillar: i.pillar, score: i.display, maxPoints: i.maxPoints, fraction: i.fraction }));
  const strengths = [...areas]
    .sort((a, b) => b.fraction - a.fraction)
    .filter((a) => a.fraction > 0)
    .slice(0, count);
  const growthAreas = [...areas]
    .sort((a, b) => a.fraction - b.fraction)
    .filter((a) => a.fraction < 1)
    .slice(0, count);
  return { strengths, growthAreas };
}

/** Links and documents per pillar, from the non-deleted evidence rows of the assessment. */
export function evidenceByPillar(version: Pick<TNormalizedQuestionnaire, "questionById">, evidence: readonly { questionId: string; kind: string }[]) {
  const counts = Object.fromEntries(REPORT_PILLARS.map((k) => [k, { links: 0, documents: 0 }])) as Record<TPillarId, TEvidenceCount>;
  for (const e of evidence) {
    const q = version.questionById[e.questionId];
    if (!q) continue;
    const c = counts[q.pillar];
    if (e.kind === "link") c.links++;
    else c.documents++;
  }
  return counts;
}

export function buildReportData(input: {
  score: TScoreResult;
  region: string | null;
  /** Validated assessments of the same cycle (any country, possibly including this one). */
  peers: readonly TPeerScore[];
  version: Pick<TNormalizedQuestionnaire, "questionById">;
  evidence: readonly { questionId: string; kind: string }[];
  areas?: number;
  steps?: number;
}): TReportData {
  const { score } = input;
  const world = peerAverages(input.peers);
  const region = peerAverages(input.region ? input.peers.filter((p) => p.region === input.region) : []);
  const { strengths, growthAreas } = rankAreas(score, input.areas ?? 3);
  return {
    overall: score.overall.display,
    tier: score.tier.tier,
    pillars: REPORT_PILLARS.map((k) => ({ pillar: k, score: score.pillars[k].display, maxPoints: score.pillars[k].maxPoints })),
    radar: REPORT_PILLARS.map((k) => ({ pillar: k, country: score.pillars[k].display, region: region.pillars[k], world: world.pillars[k] })),
    averages: { regionCount: region.count, worldCount: world.count, regionOverall: region.overall, worldOverall: world.overall },
    strengths,
    growthAreas,
    flags: score.flags,
    nextSteps: score.nextSteps.overall.slice(0, input.steps ?? 10),
    evidence: evidenceByPillar(input.version, input.evidence),
  };
}

/** A peer's headline score of record (validated peers: the validated score); null when none is stored. */
export function peerFromStored(iso3: string, region: string | null, stored: TStoredScore | null): TPeerScore | null {
  if (!stored) return null;
  const headline = headlineOf(stored);
  return { iso3, region, overall: headline.overall, pillars: { ...headline.pillars } };
}

/**
 * The message key of a report's origin line: none for a self-assessment; for desk research, whether
 * the country has yet to confirm, confirmed (it went on to review), or let the deadline pass.
 */
export function originNote(origin: string, status: string): "public.originDeskPending" | "public.originDeskConfirmed" | "public.originDeskUnconfirmed" | null {
  if (origin !== "desk-research") return null;
  if (status === "validated-unconfirmed") return "public.originDeskUnconfirmed";
  if (status === "desk-research" || status === "country-validation") return "public.originDeskPending";
  return "public.originDeskConfirmed";
}

/** Each indicator's points and maximum as shown (2 decimals that add up to the pillar's), never 3.34 of 3.33. */
export function indicatorPointsOf(score: Pick<TScoreResult, "explanation">): Record<string, { display: number; maxPoints: number }> {
  return Object.fromEntries(score.explanation.pillars.flatMap((p) => p.indicators.map((i) => [i.indicator, { display: i.points, maxPoints: i.maxPoints }])));
}
