import "server-only";
import ExcelJS from "exceljs";
import { createTranslator } from "next-intl";
import { choicesOf, LIST_SEPARATOR, type TChoiceLabels, type TWorkbookRow } from "../../assessments/workbook-plan";
import { loadMessages } from "../../i18n/load-messages";
import { localized } from "../../i18n/localized";
import { isLocale, type TLocale } from "../../i18n/routing";
import type { TNormalizedQuestionnaire } from "../../questionnaire/model";
import { questionNumbers } from "../../questionnaire/question-numbers";
import type { TActor } from "../../authz/policy";
import { db } from "../db";
import { AppError } from "../errors";
import { loadAssessment } from "./load-assessment";
import { cellText } from "../../files/cell-text";

// The workbook a focal point passes to colleagues who will not sign in: one sheet a pillar, the
// allowed answers as a dropdown, the revision each answer was exported at (so a later import never
// overwrites a newer answer), and an "about" sheet naming the assessment.
const ABOUT = "about";
const LISTS = "lists";
const COLUMNS = ["number", "questionId", "question", "guidance", "allowed", "answer", "comment", "evidence", "revision"] as const;
const ANSWER_COLUMN = COLUMNS.indexOf("answer") + 1;

export const workbookLocale = (value: string | null | undefined): TLocale => (value && isLocale(value) ? value : "en");

export async function choiceLabels(locale: TLocale): Promise<TChoiceLabels> {
  const t = createTranslator({ locale, messages: await loadMessages(locale), namespace: "answers" }) as unknown as (key: string) => string;
  return {
    yes: t("yes"),
    no: t("no"),
    "in-place": t("in-place"),
    "partially-in-place": t("partially-in-place"),
    "in-progress": t("in-progress"),
    "not-in-place": t("not-in-place"),
  };
}

const sheetName = (n: number, title: string) => `${n} ${title}`.replace(/[[\]:*?/\\]/g, " ").slice(0, 31);

function allowedText(q: TNormalizedQuestionnaire["questions"][number], labels: TChoiceLabels, locale: string, hint: (key: string) => string): string {
  const choices = choicesOf(q, labels, locale).map((c) => c.label);
  if (q.type === "multiple-choice") return `${choices.join(` ${LIST_SEPARATOR} `)} (${hint("several")})`;
  if (choices.length > 0) return choices.join(" / ");
  if (q.type === "number")
    return [q.min !== undefined ? `≥ ${q.min}` : "", q.max !== undefined ? `≤ ${q.max}` : ""].filter(Boolean).join(", ") || hint("number");
  return q.type === "date" ? "YYYY-MM-DD" : hint("text");
}

/** The assessment's questions the actor may read, with their answers, as an .xlsx workbook. */
export async function assessmentWorkbook(actor: TActor, assessmentId: string, rawLocale?: string | null): Promise<{ bytes: Buffer; fileName: string }> {
  const locale = workbookLocale(rawLocale);
  const { assessment, version, scope } = await loadAssessment(actor, assessmentId);
  const messages = await loadMessages(locale);
  const t = createTranslator({ locale, messages, namespace: "assessment.workbook" }) as unknown as (key: string) => string;
  const labels = await choiceLabels(locale);
  const numbers = questionNumbers(version);
  const answers = new Map(assessment.answers.map((a) => [a.questionId, a]));
  const links = await db().evidence.findMany({ where: { assessmentId, kind: "link", deletedAt: null }, select: { questionId: true, url: true } });
  const book = new ExcelJS.Workbook();
  book.creator = "Five Pillars";
  const lists = book.addWorksheet(LISTS, { state: "veryHidden" });
  let listColumn = 0;
  for (const pillar of version.pillars.filter((p) => scope.pillars.includes(p.id))) {
    const index = version.pillars.indexOf(pillar) + 1;
    const sheet = book.addWorksheet(sheetName(index, localized(pillar.title, locale)), {
      views: [{ state: "frozen", ySplit: 1, rightToLeft: locale === "ar" }],
    });
    sheet.columns = COLUMNS.map((key) => ({
      header: t(`columns.${key}`),
      key,
      width: { number: 7, questionId: 18, question: 60, guidance: 50, allowed: 34, answer: 26, comment: 36, evidence: 36, revision: 9 }[key],
    }));
    sheet.getRow(1).font = { bold: true };
    sheet.getColumn("questionId").hidden = true;
    for (const q of version.questions.filter((x) => x.pillar === pillar.id)) {
      const stored = answers.get(q.id);
      const value = stored ? (JSON.parse(stored.value) as unknown) : null;
      const choices = choicesOf(q, labels, locale);
      const shown =
        value === null || value === undefined
          ? ""
          : Array.isArray(value)
            ? value.map((v) => choices.find((c) => c.value === v)?.label ?? String(v)).join(`${LIST_SEPARATOR} `)
            : (choices.find((c) => c.value === value)?.label ?? String(value));
      const row = sheet.addRow({
        number: numbers[q.id],
        questionId: q.id,
        question: localized(q.text, locale),
        guidance: localized(q.guidance, locale),
        allowed: allowedText(q, labels, locale, (k) => t(`hint.${k}`)),
        answer: shown,
        comment: stored?.comment ?? "",
        evidence: links
          .filter((l) => l.questionId === q.id)
          .map((l) => l.url)
          .join("\n"),
        revision: stored?.revision ?? 0,
      });
      row.alignment = { wrapText: true, vertical: "top" };
      if (choices.length > 0 && q.type !== "multiple-choice") {
        listColumn += 1;
        const letter = lists.getColumn(listColumn).letter;
        choices.forEach((c, i) => (lists.getCell(i + 1, listColumn).value = c.label));
        row.getCell(ANSWER_COLUMN).dataValidation = {
          type: "list",
          allowBlank: true,
          showErrorMessage: true,
          errorTitle: t("invalidTitle"),
          error: t("invalidChoice"),
          formulae: [`${LISTS}!$${letter}$1:$${letter}$${choices.length}`],
        };
      }
    }
  }
  const about = book.addWorksheet(ABOUT, { state: "hidden" });
  about.addRows([
    ["assessment", assessment.id],
    ["questionnaire", version.key],
    ["hash", version.hash],
    ["locale", locale],
    ["exported", new Date().toISOString()],
  ]);
  const fileName = `assessment-${assessment.countryIso3.toLowerCase()}-${assessment.cycle.name.replace(/[^A-Za-z0-9]+/g, "-").toLowerCase()}.xlsx`;
  return { bytes: Buffer.from(await book.xlsx.writeBuffer()), fileName };
}

/** The rows and the "about" facts of a filled workbook; anything that is not one is a 422. */
export async function readAssessmentWorkbook(bytes: Uint8Array): Promise<{ about: Record<string, string>; rows: TWorkbookRow[] }> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    throw new AppError("invalid", "The file is not an .xlsx workbook", { file: "Not a workbook" });
  }
  const aboutSheet = book.getWorksheet(ABOUT);
  if (!aboutSheet)
    throw new AppError("invalid", "This workbook was not exported from an assessment (it has no about sheet)", { file: "Not an assessment workbook" });
  const about: Record<string, string> = {};
  aboutSheet.eachRow((row) => (about[cellText(row.getCell(1).value)] = cellText(row.getCell(2).value)));
  const rows: TWorkbookRow[] = [];
  book.eachSheet((sheet) => {
    if (sheet.name === ABOUT || sheet.name === LISTS) return;
    sheet.eachRow((row, number) => {
      if (number === 1) return;
      const questionId = cellText(row.getCell(COLUMNS.indexOf("questionId") + 1).value).trim();
      if (!questionId) return;
      const revision = Number(cellText(row.getCell(COLUMNS.indexOf("revision") + 1).value));
      rows.push({
        sheet: sheet.name,
        row: number,
        questionId,
        answer: cellText(row.getCell(ANSWER_COLUMN).value),
        comment: cellText(row.getCell(COLUMNS.indexOf("comment") + 1).value),
        revision: Number.isInteger(revision) && revision >= 0 ? revision : null,
      });
    });
  });
  return { about, rows };
}
