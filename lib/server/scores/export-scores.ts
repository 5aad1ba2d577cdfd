import "server-only";
import { readablePillars, seesAllCountries, visibleCountries, type TActor } from "../../authz/policy";
import { toCsv } from "../../exports/csv";
import { scoreOfRecord, type TScoreBasis } from "../../assessments/score-of-record";
import { round2 } from "../../scoring/rounding";
import { adjustmentsFrom, answersOf, reviewSelect } from "../assessments/record-score";
import { visibilityWhere } from "../dashboards/load-aggregates";
import { db } from "../db";
import { notFound } from "../errors";
import { lazyMap, tableXlsx } from "../exports/table-xlsx";
import { loadStoredVersion } from "../questionnaires/get-questionnaire-version";

export type TScoreRow = {
  iso3: string;
  status: string;
  basis: TScoreBasis;
  demo: boolean;
  level: "overall" | "pillar" | "indicator" | "question";
  id: string;
  pillar: string;
  score: number;
  maxPoints: number;
};

/**
 * Open data: the scores of a cycle at every level, with the dashboards' visibility rule. Reviewers
 * and admins get every assessment; focal points and contributors their own country at every level
 * and other countries once validated, as overall and pillar scores: the aggregates their country
 * report shows (indicator and question scores come close to the answers themselves).
 */
export async function exportScores(actor: TActor, cycleId: string) {
  const cycle = await db().cycle.findUnique({ where: { id: cycleId }, select: { id: true, name: true, questionnaireVersionId: true } });
  if (!cycle) throw notFound("Unknown cycle");
  const version = await loadStoredVersion(cycle.questionnaireVersionId);
  const all = seesAllCountries(actor);
  const own = new Set(all ? [] : (visibleCountries(actor) as string[]));
  const rows = await db().assessment.findMany({
    where: { cycleId, ...visibilityWhere(actor) },
    select: {
      countryIso3: true,
      status: true,
      isDemo: true,
      answers: { select: { questionId: true, value: true } },
      reviews: { select: reviewSelect },
    },
    orderBy: { countryIso3: "asc" },
  });
  const out: TScoreRow[] = [];
  for (const r of rows) {
    // The score of record at every level: validated (with the reviewers' adjustments) once validated.
    const record = scoreOfRecord(version, answersOf(r.answers), adjustmentsFrom(r.reviews), { status: r.status, reviewed: r.reviews.length > 0 });
    const s = record.headline;
    const base = { iso3: r.countryIso3, status: r.status, basis: record.basis, demo: r.isDemo };
    out.push({ ...base, level: "overall", id: "overall", pillar: "", score: s.overall.display, maxPoints: s.overall.maxPoints });
    for (const p of Object.values(s.pillars)) out.push({ ...base, level: "pillar", id: p.id, pillar: p.id, score: p.display, maxPoints: p.maxPoints });
    if (!all && !own.has(r.countryIso3)) continue;
    // Indicator and question scores come close to the answers: a contributor gets their own pillars'.
    const readable = new Set<string>(readablePillars(actor, r.countryIso3));
    for (const i of s.indicators.filter((x) => readable.has(x.pillar)))
      out.push({ ...base, level: "indicator", id: i.id, pillar: i.pillar, score: i.display, maxPoints: round2(i.maxPoints) });
    for (const q of s.questions)
      if (q.maxPoints > 0 && readable.has(q.pillar))
        out.push({ ...base, level: "question", id: q.id, pillar: q.pillar, score: q.display, maxPoints: round2(q.maxPoints) });
  }
  return { cycle: { id: cycle.id, name: cycle.name }, questionnaire: version.key, rows: out };
}

const COLUMNS = ["iso3", "status", "basis", "demo", "level", "id", "pillar", "score", "maxPoints"] as const;
const cells = (r: TScoreRow) => COLUMNS.map((c) => r[c]);

export const scoresCsv = (rows: readonly TScoreRow[]): string => toCsv(COLUMNS, rows.map(cells));

export const scoresXlsx = (rows: readonly TScoreRow[]): ReadableStream<Uint8Array> => tableXlsx("Scores", COLUMNS, lazyMap(rows, cells), { id: 16 });
