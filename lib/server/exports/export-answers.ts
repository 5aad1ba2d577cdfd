import "server-only";
import { readablePillars, seesAllCountries, visibleCountries, type TActor } from "../../authz/policy";
import { ANSWER_COLUMNS, answerRowCells, answerRows } from "../../exports/answer-rows";
import { toCsv } from "../../exports/csv";
import type { TAnswers } from "../../questionnaire/model";
import { db } from "../db";
import { notFound } from "../errors";
import { loadStoredVersion } from "../questionnaires/get-questionnaire-version";
import { lazyMap, tableXlsx } from "./table-xlsx";

/**
 * Every answer of a cycle with its score and evidence. Answers are never aggregates: reviewers and
 * admins get every country, focal points and contributors only their own country (in any state).
 */
export async function exportAnswers(actor: TActor, cycleId: string) {
  const cycle = await db().cycle.findUnique({ where: { id: cycleId }, select: { id: true, name: true, questionnaireVersionId: true } });
  if (!cycle) throw notFound("Unknown cycle");
  const version = await loadStoredVersion(cycle.questionnaireVersionId);
  const countries = visibleCountries(actor);
  const assessments = await db().assessment.findMany({
    where: { cycleId, ...(seesAllCountries(actor) ? {} : { countryIso3: { in: countries as string[] } }) },
    select: {
      countryIso3: true,
      status: true,
      isDemo: true,
      answers: {
        select: {
          questionId: true,
          value: true,
          comment: true,
          provenance: true,
          confirmedAt: true,
          sourceUrl: true,
          sourceTitle: true,
          sourceAccessedOn: true,
        },
      },
      evidence: { where: { deletedAt: null }, select: { questionId: true, kind: true, url: true, fileName: true }, orderBy: { createdAt: "asc" } },
    },
    orderBy: { countryIso3: "asc" },
  });
  const rows = answerRows(
    version,
    assessments.map((a) => ({
      iso3: a.countryIso3,
      status: a.status,
      isDemo: a.isDemo,
      answers: Object.fromEntries(a.answers.map((x) => [x.questionId, JSON.parse(x.value)])) as TAnswers,
      comments: Object.fromEntries(a.answers.map((x) => [x.questionId, x.comment])),
      origins: Object.fromEntries(
        a.answers.map((x) => [
          x.questionId,
          {
            provenance: x.provenance,
            confirmed: x.confirmedAt !== null,
            sourceUrl: x.sourceUrl,
            sourceTitle: x.sourceTitle,
            sourceAccessedOn: x.sourceAccessedOn,
          },
        ]),
      ),
      evidence: a.evidence,
    })),
  );
  // A contributor exports the pillars they may read (pillar keys in rows, as in scores).
  const readable = (iso3: string) => new Set<string>(readablePillars(actor, iso3));
  const byCountry = new Map<string, Set<string>>();
  const visible = rows.filter((r) => {
    if (!byCountry.has(r.iso3)) byCountry.set(r.iso3, readable(r.iso3));
    return byCountry.get(r.iso3)!.has(r.pillar);
  });
  return { cycle: { id: cycle.id, name: cycle.name }, questionnaire: version.key, rows: visible };
}

type TAnswersExport = Awaited<ReturnType<typeof exportAnswers>>;

export const answersCsv = (data: TAnswersExport) => toCsv(ANSWER_COLUMNS, data.rows.map(answerRowCells));

export const answersXlsx = (data: TAnswersExport) =>
  tableXlsx("Answers", ANSWER_COLUMNS, lazyMap(data.rows, answerRowCells), {
    question: 18,
    indicator: 14,
    value: 30,
    comment: 40,
    sourceUrl: 40,
    sourceTitle: 30,
    links: 40,
    files: 30,
  });
