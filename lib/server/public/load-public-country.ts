import "server-only";
import { VALIDATED_STATUSES } from "../../authz/assessment-rules";
import { publicationOf } from "../../assessments/publication";
import { scoreOfRecord } from "../../assessments/score-of-record";
import type { TNormalizedQuestionnaire } from "../../questionnaire/model";
import { buildReportData, type TReportData } from "../../reports/report-data";
import { adjustmentsFrom, answersOf, reviewSelect } from "../assessments/record-score";
import { db } from "../db";
import { notFound } from "../errors";
import { loadStoredVersion } from "../questionnaires/get-questionnaire-version";
import { cachedByStamp } from "./public-cache";
import { countryMapSelect } from "../country-select";
import { publicPeer, publicResultsOf, type TPublicEntry } from "./load-public-results";
import { publishedCycles, type TPublishedCycle } from "./published-cycles";

export type TPublicLink = { questionId: string; url: string; title: string | null };

export type TPublicCountry = {
  cycle: TPublishedCycle;
  /** The published cycles in which this country's result is public, newest first. */
  cycles: { id: string; name: string }[];
  entry: TPublicEntry;
  version: TNormalizedQuestionnaire;
  tierLabel: Record<string, string>;
  /** Strengths, growth areas and flags of the validated score; region and world are public peers only. */
  data: Omit<TReportData, "nextSteps">;
  links: TPublicLink[];
};

const NOT_PUBLIC = "No published result for this country";

/** The cycles in which a country's result is public, in one query. */
async function publicCyclesOf(iso3: string, cycles: TPublishedCycle[], now: Date) {
  const rows = await db().assessment.findMany({
    where: { countryIso3: iso3, status: { in: [...VALIDATED_STATUSES] }, cycleId: { in: cycles.map((c) => c.id) } },
    select: { cycleId: true, status: true, origin: true, publicConsentAt: true },
  });
  return cycles.filter((c) => rows.some((r) => r.cycleId === c.id && publicationOf(c, r, now).public));
}

async function readCountry(cycle: TPublishedCycle, entry: TPublicEntry, peers: TPublicEntry[]) {
  const row = await db().assessment.findUniqueOrThrow({
    where: { countryIso3_cycleId: { countryIso3: entry.country.iso3, cycleId: cycle.id } },
    select: { id: true, status: true, country: { select: countryMapSelect } },
  });
  const version = await loadStoredVersion(cycle.questionnaireVersionId);
  const [answers, reviews, links] = await Promise.all([
    db().answer.findMany({ where: { assessmentId: row.id }, select: { questionId: true, value: true } }),
    db().answerReview.findMany({ where: { assessmentId: row.id }, select: reviewSelect }),
    // Only links the focal point marked public; never files, never who added them.
    db().evidence.findMany({
      where: { assessmentId: row.id, kind: "link", isPublic: true, deletedAt: null },
      select: { questionId: true, url: true, fileName: true },
      orderBy: [{ questionId: "asc" }, { createdAt: "asc" }],
    }),
  ]);
  const score = scoreOfRecord(version, answersOf(answers), adjustmentsFrom(reviews), { status: row.status, reviewed: reviews.length > 0 }).headline;
  const publicLinks = links.flatMap((l) => (l.url && version.questionById[l.questionId] ? [{ questionId: l.questionId, url: l.url, title: l.fileName }] : []));
  const { nextSteps: _steps, ...data } = buildReportData({
    score,
    region: row.country.ituRegion,
    peers: peers.map(publicPeer),
    version,
    evidence: publicLinks.map((l) => ({ questionId: l.questionId, kind: "link" })),
  });
  return { version, tierLabel: score.tier.label as Record<string, string>, data, links: publicLinks };
}

/**
 * A country's public profile in a published cycle (by default the newest in which it is public).
 * "Not found" alike for an unknown country, an unpublished cycle and a result that is not public.
 */
export async function loadPublicCountry(iso3: string, cycleId?: string): Promise<TPublicCountry> {
  const now = new Date();
  const all = await publishedCycles();
  const cycles = await publicCyclesOf(iso3, all, now);
  const cycle = cycleId ? cycles.find((c) => c.id === cycleId) : cycles[0];
  if (!cycle) throw notFound(NOT_PUBLIC);
  // The cycles are in hand already, and the profile is cached under the results' own stamp.
  const results = await publicResultsOf(cycle, all, now);
  const entry = results.entries.find((e) => e.country.iso3 === iso3);
  if (!entry) throw notFound(NOT_PUBLIC);
  const detail = await cachedByStamp(`country:${cycle.id}:${iso3}`, results.stamp, () => readCountry(cycle, entry, results.entries));
  return { cycle, cycles: cycles.map((c) => ({ id: c.id, name: c.name })), entry, ...detail };
}
