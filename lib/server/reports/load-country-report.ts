import "server-only";
import { isValidated, VALIDATED_STATUSES } from "../../authz/assessment-rules";
import { flagWithinScope, pillarScope } from "../../authz/pillar-scope";
import { canViewCountry, readablePillars, type TActor } from "../../authz/policy";
import type { TNormalizedQuestionnaire } from "../../questionnaire/model";
import { buildReportData, indicatorPointsOf, peerFromStored, type TPeerScore, type TReportData } from "../../reports/report-data";
import { parseStoredScore } from "../../assessments/stored-score";
import { scoreOfRecord, type TScoreBasis } from "../../assessments/score-of-record";
import type { TTierStability } from "../../scoring";
import type { TIndicatorMaturity } from "../../maturity/maturity-stages";
import { adjustmentsFrom, answersOf, reviewSelect } from "../assessments/record-score";
import { referenceEditionOf } from "../../reference/reference-edition";
import { referencePillars } from "../../reference/reference-pillars";
import { db } from "../db";
import { notFound } from "../errors";
import { loadStoredVersion } from "../questionnaires/get-questionnaire-version";

const countrySelect = { iso3: true, nameEn: true, nameFr: true, nameAr: true, nameZh: true, nameRu: true, nameEs: true, ituRegion: true } as const;

export type TReference = { edition: number; overall: number; tier: number | null; rank: number | null; pillars: Record<string, number> };

export type TCountryReport = {
  id: string;
  status: string;
  /** country | desk-research: who drafted the answers (the report says so). */
  origin: string;
  /** Full: the actor may see the country's own data. Otherwise only validated aggregates. */
  full: boolean;
  country: { iso3: string; nameEn: string; nameFr: string; nameAr: string; nameZh: string; nameRu: string; nameEs: string; ituRegion: string };
  cycle: { id: string; name: string };
  /** Which score of record the report shows: validated once validated, else self-reported. */
  basis: TScoreBasis;
  tierStability: TTierStability;
  /** Stage of each indicator of the pillars the reader may see in detail (none for outsiders). */
  maturity: TIndicatorMaturity[];
  /** Displayed points of each indicator, shown beside its stage. */
  indicatorPoints: Record<string, { display: number; maxPoints: number }>;
  version: TNormalizedQuestionnaire;
  tierLabel: Record<string, string>;
  data: TReportData;
  reference: TReference | null;
  generatedAt: Date;
};

/** Demo reports compare with demo peers, real ones with real peers only. */
async function peersOf(cycleId: string, isDemo: boolean): Promise<TPeerScore[]> {
  const rows = await db().assessment.findMany({
    where: { cycleId, status: { in: [...VALIDATED_STATUSES] }, isDemo },
    select: { countryIso3: true, scoreJson: true, country: { select: { ituRegion: true } } },
  });
  return rows.flatMap((r) => peerFromStored(r.countryIso3, r.country.ituRegion, parseStoredScore(r.scoreJson)) ?? []);
}

/** The published GCI result of the edition the cycle's questionnaire follows; none when that edition is not imported. */
async function referenceOf(iso3: string, edition: number | null): Promise<TReference | null> {
  if (edition === null) return null;
  const ref = await db().referenceResult.findUnique({ where: { edition_iso3: { edition, iso3 } } });
  if (!ref) return null;
  return { edition: ref.edition, overall: ref.overall, tier: ref.tier, rank: ref.rank, pillars: referencePillars(ref) };
}

/**
 * A country report. The country's own people, reviewers and admins get everything; anyone else
 * gets the validated aggregates of another country, and "not found" before validation.
 */
export async function loadCountryReport(actor: TActor, id: string): Promise<TCountryReport> {
  const head = await db().assessment.findUnique({ where: { id }, select: { countryIso3: true, status: true } });
  if (!head) throw notFound("Assessment not found");
  const full = canViewCountry(actor, head.countryIso3);
  if (!full && !isValidated(head.status)) throw notFound("Assessment not found");

  const row = await db().assessment.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      status: true,
      origin: true,
      cycleId: true,
      isDemo: true,
      cycle: { select: { id: true, name: true, questionnaireVersionId: true } },
      country: { select: countrySelect },
    },
  });
  const version = await loadStoredVersion(row.cycle.questionnaireVersionId);
  // Aggregates are computed from the answers here but only totals leave this function for outsiders.
  const [answers, reviews] = await Promise.all([
    db().answer.findMany({ where: { assessmentId: id }, select: { questionId: true, value: true } }),
    db().answerReview.findMany({ where: { assessmentId: id }, select: reviewSelect }),
  ]);
  const record = scoreOfRecord(version, answersOf(answers), adjustmentsFrom(reviews), { status: row.status, reviewed: reviews.length > 0 });
  const score = record.headline;
  const [peers, evidence, reference] = await Promise.all([
    peersOf(row.cycleId, row.isDemo),
    full ? db().evidence.findMany({ where: { assessmentId: id, deletedAt: null }, select: { questionId: true, kind: true } }) : Promise.resolve([]),
    referenceOf(row.country.iso3, referenceEditionOf(version.key)),
  ]);
  const data = buildReportData({ score, region: row.country.ituRegion, peers, version, evidence });
  const aggregatesOnly: TReportData = { ...data, strengths: [], growthAreas: [], flags: [], nextSteps: [], evidence: data.evidence };
  // A contributor's report keeps the details (strengths, flags, next steps, evidence) of their own pillars.
  const scope = pillarScope(version, readablePillars(actor, row.country.iso3));
  const keys = new Set<string>(scope.pillars);
  const scoped: TReportData = scope.whole
    ? data
    : {
        ...data,
        strengths: data.strengths.filter((a) => keys.has(a.pillar)),
        growthAreas: data.growthAreas.filter((a) => keys.has(a.pillar)),
        flags: data.flags.filter((f) => flagWithinScope(scope, f)),
        nextSteps: data.nextSteps.filter((s) => keys.has(s.pillar)),
        evidence: Object.fromEntries(
          Object.entries(data.evidence).map(([k, v]) => [k, keys.has(k) ? v : { links: 0, documents: 0 }]),
        ) as TReportData["evidence"],
      };
  return {
    id: row.id,
    status: row.status,
    origin: row.origin,
    full,
    country: row.country,
    cycle: { id: row.cycle.id, name: row.cycle.name },
    basis: record.basis,
    tierStability: record.tierStability,
    maturity: full ? record.maturity.filter((m) => keys.has(m.pillar)) : [],
    indicatorPoints: !full ? {} : indicatorPointsOf(score),
    version,
    tierLabel: score.tier.label as Record<string, string>,
    data: full ? scoped : aggregatesOnly,
    reference,
    generatedAt: new Date(),
  };
}
