// What a translator's spreadsheet changes, row by row, before anything is saved; and the workbook
// itself, written and read back as a spreadsheet program would leave it.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readTranslationWorkbook, WorkbookError, writeTranslationWorkbook } from "@/lib/files/translation-workbook";
import { applyPlan, placeholdersOf, planTranslationImport, type TSourceString } from "@/lib/questionnaire/translation-import";

const sources: TSourceString[] = [
  { key: "title", english: "Five Pillars", current: "Cinq piliers" },
  { key: "question.national-cirt.text", english: "Is there a national CIRT?", current: "Existe-t-il un CIRT national ?" },
  { key: "entry.a>b.note", english: "Carried from cop-hotline; see https://example.org/x." },
  { key: "question.x.guidance", english: "A public-private partnership counts." },
];
const ids = new Set(["cop-hotline", "national-cirt"]);
const row = (n: number, key: string, translation: string, english = sources.find((s) => s.key === key)?.english ?? "") => ({
  row: n,
  key,
  english,
  translation,
});

describe("planTranslationImport", () => {
  it.each([
    ["an unknown key", row(2, "question.gone.text", "x", "Gone"), /unknown key question\.gone\.text/],
    ["an empty cell over a translation", row(2, "title", "  "), /the translation cell is empty: the current translation would be lost/],
    ["the English changed since the export", row(2, "title", "Cinq piliers !", "Five pillars (old)"), /English text changed since this sheet was exported/],
    ["a cited id left out", row(2, "entry.a>b.note", "Reporté ; voir https://example.org/x."), /missing cop-hotline/],
    [
      "an address changed",
      row(2, "entry.a>b.note", "Reporté de cop-hotline ; voir https://example.org/y."),
      /missing https:\/\/example\.org\/x\.; not in the English https:\/\/example\.org\/y\./,
    ],
    ["a key without a cell", { row: 2, key: "", english: "", translation: "x" }, /the key cell is empty/],
  ])("refuses %s, with its row", (_what, input, message) => {
    const plan = planTranslationImport([input], sources, ids);
    expect(plan.changed).toEqual([]);
    expect(plan.errors).toEqual([{ row: 2, key: input.key, message: expect.stringMatching(message) }]);
  });

  it("counts changed, unchanged, still untranslated and missing rows, and refuses a repeated key", () => {
    const plan = planTranslationImport(
      [
        row(2, "title", "Cinq piliers"),
        row(3, "question.national-cirt.text", "Le pays dispose-t-il d'un CIRT national ?"),
        row(4, "entry.a>b.note", ""),
        row(5, "title", "Cinq piliers (bis)"),
      ],
      sources,
      ids,
    );
    expect(plan).toMatchObject({ unchanged: 1, stillUntranslated: 1, notInSheet: 1 });
    expect(plan.changed).toEqual([
      { row: 3, key: "question.national-cirt.text", before: "Existe-t-il un CIRT national ?", after: "Le pays dispose-t-il d'un CIRT national ?" },
    ]);
    expect(plan.errors).toEqual([{ row: 5, key: "title", message: "title is already on row 2" }]);
    expect(applyPlan({ title: "Cinq piliers" }, plan)).toEqual({
      title: "Cinq piliers",
      "question.national-cirt.text": "Le pays dispose-t-il d'un CIRT national ?",
    });
  });

  it("treats ordinary hyphenated words as prose, not placeholders", () => {
    expect(placeholdersOf("A public-private partnership with cop-hotline and {count}", ids)).toEqual(["cop-hotline", "{count}"]);
    const plan = planTranslationImport([row(2, "question.x.guidance", "Un partenariat public-privé compte.")], sources, ids);
    expect(plan.errors).toEqual([]);
    expect(plan.changed).toHaveLength(1);
  });
});

describe("the translator's workbook", () => {
  const meta = { edition: "mini@2024", language: "ar" as const, revision: 3, textHash: "abc" };

  it("reads back what a translator typed into the translation column", async () => {
    const bytes = await writeTranslationWorkbook(
      meta,
      sources.map((s) => ({ ...s, context: "pillar legal" })),
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as never);
    const sheet = book.getWorksheet("strings")!;
    expect(sheet.getRow(1).values).toEqual([undefined, "key", "English", "translation", "where", "glossary terms"]);
    sheet.getRow(3).getCell(3).value = "هل يوجد فريق وطني للاستجابة للحوادث الحاسوبية (CIRT)؟";
    const read = await readTranslationWorkbook(new Uint8Array(await book.xlsx.writeBuffer()));
    expect(read.meta).toEqual({ edition: "mini@2024", language: "ar" });
    expect(read.rows[1]).toEqual({
      row: 3,
      key: "question.national-cirt.text",
      english: "Is there a national CIRT?",
      translation: "هل يوجد فريق وطني للاستجابة للحوادث الحاسوبية (CIRT)؟",
    });
    expect(read.rows).toHaveLength(sources.length);
  });

  it("refuses a file that is not a workbook, or a workbook that is not a translation", async () => {
    await expect(readTranslationWorkbook(new TextEncoder().encode("key,English"))).rejects.toThrow(WorkbookError);
    const other = new ExcelJS.Workbook();
    other.addWorksheet("Sheet1").addRow(["a"]);
    await expect(readTranslationWorkbook(new Uint8Array(await other.xlsx.writeBuffer()))).rejects.toThrow(/no "strings" and "about" sheets/);
  });
});
