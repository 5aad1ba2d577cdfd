import "server-only";
import { isValidated, VALIDATED_STATUSES } from "../../authz/assessment-rules";
import { flagWithinScope, pillarScope } from "../../authz/pillar-scope";
import { readablePillars, seesAllCountries, visibleCountries, type TActor } from "../../authz/policy";
import { scoreOfRecord } from "../../assessments/score-of-record";
import { parseStoredScore } from "../../assessments/stored-score";
import { PILLAR_IDS } from "../../questionnaire/constants";
import { storedAggregate } from "../../charts/stored-aggregate";
import type { TAggregate } from "../../charts/types";
import { countryName } from "../../countries/country-name";
import { adjustmentsFrom, answersOf, reviewSelect } from "../assessments/record-score";
import { countryMapSelect } from "../country-select";
import type { TMaturityStage } from "../../questionnaire/constants";
import { db } from "../db";
import { notFound } from "../errors";
import { loadStoredVersion } from "../questionnaires/get-questionnaire-version";

export type TDashboardCycle = { id: string; name: string; opensAt: Date; questionnaireKey: string; questionnaireVersionId: string };

/** A visible aggregate with what the map and links need; never answers. */
export type TDashboardAggregate = TAggregate & {
  assessmentId: string;
  m49Code: string;
  own: boolean;
  /** Maturity stage per indicator id, from the stored score of record. */
  maturity: Readonly<Record<string, TMaturityStage | null>>;
};

/** Cycles, newest first, and the chosen one. */
export async function dashboardCycles(cycleId?: string): Promise<{ cycles: TDashboardCycle[]; cycle: TDashboardCycle | null }> {
  const rows = await db().cycle.findMany({
    orderBy: [{ opensAt: "desc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      opensAt: true,
      questionnaireVersionId: true,
      questionnaireVersion: { select: { questionnaireId: true, version: true } },
      _count: { select: { assessments: { where: { status: { in: [...VALIDATED_STATUSES] } } } } },
    },
  });
  // By default the newest cycle with validated results: a cycle just opened has nothing to chart yet.
  const fallback = rows.find((r) => r._count.assessments > 0) ?? rows[0];
  const cycles = rows.map((r) => ({
    id: r.id,
    name: r.name,
    opensAt: r.opensAt,
    questionnaireVersionId: r.questionnaireVersionId,
    questionnaireKey: `${r.questionnaireVersion.questionnaireId}@${r.questionnaireVersion.version}`,
  }));
  if (cycleId && !cycles.some((c) => c.id === cycleId)) throw notFound("Unknown cycle");
  return { cycles, cycle: cycles.find((c) => c.id === (cycleId ?? fallback?.id)) ?? null };
}

/**
 * The visibility rule of the dashboards: reviewers and admins see every assessment; focal points and
 * contributors see their own country's and, of other countries, only validated ones.
 */
export function visibilityWhere(actor: TActor) {
  if (seesAllCountries(actor)) return {};
  const own = visibleCountries(actor) as string[];
  return { OR: [{ countryIso3: { in: own } }, { status: { in: [...VALIDATED_STATUSES] } }] };
}

/** The visible assessments of some cycles as aggregates (scores, tier, flags, status). */
export async function loadAggregates(
  actor: TActor,
  cycleIds: string[],
  locale: string,
  countries?: string[],
): Promise<(TDashboardAggregate & { cycleId: string })[]> {
  const own = new Set(seesAllCountries(actor) ? [] : (visibleCountries(actor) as string[]));
  const rows = await db().assessment.findMany({
    where: { cycleId: { in: cycleIds }, ...(countries ? { countryIso3: { in: countries } } : {}), ...visibilityWhere(actor) },
    select: { id: true, cycleId: true, status: true, scoreJson: true, isDemo: true, country: { select: countryMapSelect } },
    orderBy: { countryIso3: "asc" },
  });
  const readableFlags = await contributorFlags(actor, rows);
  return rows.map((r) => {
    // The stored score of record: validated for validated assessments, self-reported for the rest.
    const parsed = parseStoredScore(r.scoreJson);
    const stored = storedAggregate(parsed);
    const { overall, tier, pillars } = stored;
    const keep = readableFlags.get(r.id);
    const flags = keep ? stored.flags.filter((f) => keep.has(f)) : stored.flags;
    return {
      assessmentId: r.id,
      cycleId: r.cycleId,
      iso3: r.country.iso3,
      m49Code: r.country.m49Code,
      name: countryName(r.country, locale),
      region: r.country.ituRegion,
      status: r.status,
      tier,
      overall,
      pillars,
      flags,
      // A contributor limited to some pillars reads no stages (they tell answers of the other pillars).
      maturity: keep ? {} : (parsed?.maturity ?? {}),
      isDemo: r.isDemo,
      own: own.has(r.country.iso3),
    };
  });
}

/**
 * A contributor's own country: the flags they may read, as their country report shows them (every
 * question behind a flag in their pillars), by assessment id. A flag tells an answer; other pillars'
 * answers are not theirs to read (issue 13, defect 1). Everyone else reads every flag they are shown.
 */
async function contributorFlags(
  actor: TActor,
  rows: readonly { id: string; cycleId: string; status: string; country: { iso3: string } }[],
): Promise<Map<string, Set<string>>> {
  const keep = new Map<string, Set<string>>();
  if (seesAllCountries(actor)) return keep;
  const own = new Set(visibleCountries(actor) as string[]);
  for (const r of rows) {
    if (!own.has(r.country.iso3) || readablePillars(actor, r.country.iso3).length === PILLAR_IDS.length) continue;
    const cycle = await db().cycle.findUniqueOrThrow({ where: { id: r.cycleId }, select: { questionnaireVersionId: true } });
    const version = await loadStoredVersion(cycle.questionnaireVersionId);
    const scope = pillarScope(version, readablePillars(actor, r.country.iso3));
    const [answers, reviews] = await Promise.all([
      db().answer.findMany({ where: { assessmentId: r.id }, select: { questionId: true, value: true } }),
      db().answerReview.findMany({ where: { assessmentId: r.id }, select: reviewSelect }),
    ]);
    const record = scoreOfRecord(version, answersOf(answers), adjustmentsFrom(reviews), { status: r.status, reviewed: reviews.length > 0 });
    keep.set(r.id, new Set(record.headline.flags.filter((f) => flagWithinScope(scope, f)).map((f) => f.id)));
  }
  return keep;
}

/** Averages describe validated results only, for everyone, so that no draft leaks into them. */
export const validatedOnly = <T extends { status: string }>(items: readonly T[]) => items.filter((i) => isValidated(i.status));
