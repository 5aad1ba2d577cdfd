import "server-only";
import ExcelJS from "exceljs";
import { z } from "zod";
import { isReviewer, type TActor } from "../../authz/policy";
import type { TAnswers } from "../../questionnaire/model";
import { scoreAssessment } from "../../scoring/score";
import { db } from "../db";
import { notFound } from "../errors";
import { loadStoredVersion } from "../questionnaires/get-questionnaire-version";

export const ZScoresQuery = z.object({
  cycle: z.string().trim().min(1, "cycle is required").max(100),
  format: z.enum(["json", "csv", "xlsx"]).default("json"),
});

export type TScoreRow = { iso3: string; status: string; level: "overall" | "pillar" | "indicator" | "question"; id: string; pillar: string; score: number; maxPoints: number };

/** Open data: every score level of the cycle's assessments; only validated ones unless the actor reviews. */
export async function exportScores(actor: TActor, cycleId: string) {
  const cycle = await db().cycle.findUnique({ where: { id: cycleId }, select: { id: true, name: true, questionnaireVersionId: true } });
  if (!cycle) throw notFound("Unknown cycle");
  const version = await loadStoredVersion(cycle.questionnaireVersionId);
  const rows = await db().assessment.findMany({
    where: { cycleId, ...(isReviewer(actor) ? {} : { status: "validated" }), isDemo: false },
    select: { countryIso3: true, status: true, answers: { select: { questionId: true, value: true } } },
    orderBy: { countryIso3: "asc" },
  });
  const out: TScoreRow[] = [];
  for (const r of rows) {
    const answers: TAnswers = Object.fromEntries(r.answers.map((a) => [a.questionId, JSON.parse(a.value)]));
    const s = scoreAssessment(version, answers, { validated: r.status === "validated" });
    const base = { iso3: r.countryIso3, status: r.status };
    out.push({ ...base, level: "overall", id: "overall", pillar: "", score: s.overall.display, maxPoints: s.overall.maxPoints });
    for (const p of Object.values(s.pillars)) out.push({ ...base, level: "pillar", id: p.key, pillar: p.key, score: p.display, maxPoints: p.maxPoints });
    for (const i of s.indicators) out.push({ ...base, level: "indicator", id: i.id, pillar: i.pillar, score: i.display, maxPoints: i.maxPoints });
    for (const q of s.questions) if (q.maxPoints > 0) out.push({ ...base, level: "question", id: q.id, pillar: q.pillar, score: q.display, maxPoints: q.maxPoints });
  }
  return { cycle: { id: cycle.id, name: cycle.name }, questionnaire: version.key, rows: out };
}

const COLUMNS: (keyof TScoreRow)[] = ["iso3", "status", "level", "id", "pillar", "score", "maxPoints"];
const cell = (v: string | number) => (typeof v === "number" ? String(v) : /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

export function scoresCsv(rows: readonly TScoreRow[]): string {
  return [COLUMNS.join(","), ...rows.map((r) => COLUMNS.map((c) => cell(r[c])).join(","))].join("\n") + "\n";
}

export async function scoresXlsx(rows: readonly TScoreRow[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Scores");
  sheet.columns = COLUMNS.map((c) => ({ header: c, key: c, width: c === "id" ? 16 : 12 }));
  sheet.addRows(rows as TScoreRow[]);
  sheet.getRow(1).font = { bold: true };
  return Buffer.from(await book.xlsx.writeBuffer());
}
