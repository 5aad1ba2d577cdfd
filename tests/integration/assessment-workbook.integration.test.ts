// The assessment workbook for colleagues who will not sign in: exported in the reader's language
// with dropdowns, previewed before anything is saved, applied through the revision check (a newer
// answer is never overwritten), and limited to what each person may read and edit. Both databases.
import ExcelJS from "exceljs";
import { extractText, getDocumentProxy } from "unpdf";
import { beforeAll, describe, expect, it } from "vitest";
import type { TActor } from "@/lib/authz/policy";
import { assessmentWorkbook } from "@/lib/server/assessments/assessment-workbook";
import { importAssessmentWorkbook } from "@/lib/server/assessments/import-assessment-workbook";
import { questionnairePdf } from "@/lib/server/assessments/questionnaire-pdf";
import { saveAnswer } from "@/lib/server/assessments/save-answer";
import { db } from "@/lib/server/db";
import { openTestCycle } from "../support/assessment-fixtures";
import { makeUser } from "../support/factories";

let id: string;
let focal: TActor;
let contributor: TActor;
let reviewer: TActor;
const code = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e: { code?: string; name?: string }) => e.code ?? e.name ?? String(e),
  );

/** The workbook with the answer cells of some questions set (cells as a person would type them). */
async function edited(bytes: Buffer, answers: Record<string, string>): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as never);
  book.eachSheet((sheet) =>
    sheet.eachRow((row) => {
      const qid = String(row.getCell(2).value ?? "");
      if (qid in answers) row.getCell(6).value = answers[qid]!;
    }),
  );
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const answerOf = (questionId: string) => db().answer.findUnique({ where: { assessmentId_questionId: { assessmentId: id, questionId } } });

beforeAll(async () => {
  id = (await openTestCycle(["KEN"])).byCountry.KEN!;
  focal = await makeUser("focal-point", { country: "KEN" });
  contributor = await makeUser("contributor", { country: "KEN", pillars: ["legal"] });
  reviewer = await makeUser("reviewer");
  await saveAnswer(focal, id, "breach-notification", { value: "not-in-place", revision: 0 });
});

describe("the printable questionnaire", () => {
  it("is a PDF in the reader's language with every question numbered and the answer ticked", async () => {
    const { pdf } = await questionnairePdf(focal, id, "fr");
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    const flat = text.replace(/\s+/g, " ");
    expect(flat).toContain("Mesures juridiques");
    expect(flat).toMatch(/1\.1 Le droit national/);
    expect(flat).toContain("[X] Pas en place");
    const own = await questionnairePdf(contributor, id, "en");
    const ownText = (await extractText(await getDocumentProxy(new Uint8Array(own.pdf)), { mergePages: true })).text;
    expect(ownText).toContain("Legal measures");
    expect(ownText).not.toContain("Technical measures");
  });
});

describe("the assessment workbook", () => {
  it("has one sheet a pillar in the reader's language, the answers as dropdowns and the revisions", async () => {
    const { bytes } = await assessmentWorkbook(focal, id, "fr");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as never);
    const sheets = book.worksheets.filter((s) => s.state === "visible").map((s) => s.name);
    expect(sheets).toEqual(["1 Mesures juridiques", "2 Mesures techniques", "3 Mesures organisationnelles", "4 Développement des capacités", "5 Coopération"]);
    const legal = book.getWorksheet("1 Mesures juridiques")!;
    expect(legal.getRow(1).getCell(6).value).toBe("Réponse");
    const rows = legal.getRows(2, legal.rowCount - 1)!;
    const breach = rows.find((r) => r.getCell(2).value === "breach-notification")!;
    expect([breach.getCell(1).value, breach.getCell(6).value, breach.getCell(9).value]).toEqual([expect.stringMatching(/^1\.\d+$/), "Pas en place", 1]);
    expect(breach.getCell(6).dataValidation).toMatchObject({ type: "list" });
    expect(String(breach.getCell(3).value)).toContain("notifi");
  });

  it("previews without saving, then saves the changed rows and never overwrites a newer answer", async () => {
    const { bytes } = await assessmentWorkbook(focal, id, "fr");
    // Someone saves breach-notification after the export.
    await saveAnswer(focal, id, "breach-notification", { value: "in-progress", revision: 1 });
    const sheet = await edited(bytes, {
      "data-protection-law": "En place",
      "substantive-law-unauthorized-access": "Peut-être",
      "breach-notification": "En place",
    });
    const preview = await importAssessmentWorkbook(focal, id, sheet, { apply: false });
    expect(preview.changed.map((c) => [c.questionId, c.value])).toEqual([["data-protection-law", "in-place"]]);
    expect(preview.invalid.map((p) => p.questionId)).toEqual(["substantive-law-unauthorized-access"]);
    expect(preview.conflicts).toEqual([
      expect.objectContaining({ questionId: "breach-notification", mine: "in-place", theirs: "in-progress", theirRevision: 2 }),
    ]);
    expect(await answerOf("data-protection-law")).toBeNull();

    const applied = await importAssessmentWorkbook(focal, id, sheet, { apply: true });
    expect(applied.saved).toBe(1);
    const saved = await answerOf("data-protection-law");
    expect([saved && JSON.parse(saved.value), saved?.revision]).toEqual(["in-place", 1]);
    expect(await db().answerChange.count({ where: { assessmentId: id, questionId: "data-protection-law" } })).toBe(1);
    const newer = await answerOf("breach-notification");
    expect(JSON.parse(newer!.value)).toBe("in-progress");
    // The same workbook again: nothing left to save.
    expect((await importAssessmentWorkbook(focal, id, sheet, { apply: false })).changed).toEqual([]);
  });

  it("gives a contributor only their pillars, and refuses rows of the others without naming them", async () => {
    const own = await assessmentWorkbook(contributor, id, "en");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(own.bytes as never);
    expect(book.worksheets.filter((s) => s.state === "visible").map((s) => s.name)).toEqual(["1 Legal measures"]);
    const focalSheet = await edited((await assessmentWorkbook(focal, id, "en")).bytes, {
      "national-cirt": "In place",
      "procedural-law-safeguards": "In place",
    });
    const plan = await importAssessmentWorkbook(contributor, id, focalSheet, { apply: false });
    expect(plan.changed.map((c) => c.questionId)).toEqual(["procedural-law-safeguards"]);
    expect(JSON.stringify(plan)).not.toContain("national-cirt");
    expect(plan.invalid.some((p) => p.reason === "not a question you may see")).toBe(true);
  });

  it("refuses reviewers, other countries, and files that are not this assessment's workbook", async () => {
    const { bytes } = await assessmentWorkbook(focal, id, "en");
    expect(await code(importAssessmentWorkbook(reviewer, id, new Uint8Array(bytes), { apply: true }))).toBe("forbidden");
    const other = await makeUser("focal-point", { country: "FRA" });
    expect(await code(assessmentWorkbook(other, id))).toBe("not-found");
    expect(await code(importAssessmentWorkbook(focal, id, new TextEncoder().encode("question,answer"), { apply: true }))).toBe("invalid");
    const foreign = new ExcelJS.Workbook();
    foreign.addWorksheet("about").addRows([
      ["assessment", "someone-else"],
      ["questionnaire", "five-pillars@2024"],
    ]);
    await expect(importAssessmentWorkbook(focal, id, new Uint8Array(await foreign.xlsx.writeBuffer()), { apply: true })).rejects.toMatchObject({
      code: "invalid",
      message: "This workbook was exported from another assessment",
    });
  });
});
