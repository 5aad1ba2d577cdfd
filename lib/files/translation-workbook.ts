// The translator's spreadsheet, as in XLSForm: one row a string (key, English, translation,
// where it is, the glossary terms it must use), read back into rows for planTranslationImport.
// Used by the CLI and by the admin page, so both exchange the same file.
import ExcelJS from "exceljs";
import type { TLanguage } from "@/lib/questionnaire/constants";
import type { TGlossary } from "@/lib/questionnaire/glossary";
import type { TTranslationRow } from "@/lib/questionnaire/translation-import";
import { cellText } from "./cell-text";

export type TWorkbookString = { key: string; english: string; current?: string; context: string };
export type TWorkbookMeta = { edition: string; language: Exclude<TLanguage, "en">; revision: number | null; textHash: string };

const STRINGS_SHEET = "strings";
const ABOUT_SHEET = "about";
const HEADERS = ["key", "English", "translation", "where", "glossary terms"] as const;

export class WorkbookError extends Error {}

function termsFor(english: string, language: Exclude<TLanguage, "en">, glossary?: TGlossary): string {
  if (!glossary) return "";
  return glossary.terms
    .filter((t) => new RegExp(t.en.match, "iu").test(english))
    .map((t) => `${t.en.term} → ${t[language].term}`)
    .join("; ");
}

export async function writeTranslationWorkbook(meta: TWorkbookMeta, strings: readonly TWorkbookString[], glossary?: TGlossary): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = "Five Pillars";
  const sheet = book.addWorksheet(STRINGS_SHEET, { views: [{ state: "frozen", ySplit: 1, xSplit: 1 }] });
  sheet.columns = [
    { header: HEADERS[0], width: 44 },
    { header: HEADERS[1], width: 70 },
    { header: HEADERS[2], width: 70 },
    { header: HEADERS[3], width: 36 },
    { header: HEADERS[4], width: 40 },
  ];
  sheet.getRow(1).font = { bold: true };
  const rtl = meta.language === "ar";
  for (const s of strings) {
    const row = sheet.addRow([s.key, s.english, s.current ?? "", s.context, termsFor(s.english, meta.language, glossary)]);
    row.alignment = { wrapText: true, vertical: "top" };
    row.getCell(3).alignment = { wrapText: true, vertical: "top", readingOrder: rtl ? "rtl" : "ltr" };
  }
  const about = book.addWorksheet(ABOUT_SHEET);
  about.columns = [{ width: 16 }, { width: 80 }];
  about.addRows([
    ["edition", meta.edition],
    ["language", meta.language],
    ["revision", meta.revision ?? ""],
    ["text hash", meta.textHash],
    [
      "how to",
      "Fill in the translation column only; keep the key and English columns as exported. Import the file back with `npm run cli -- questionnaire translations import --file <file>` or on the admin page Questionnaires > Translations.",
    ],
  ]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The rows and metadata of a translator's workbook; a file that is not one raises WorkbookError. */
export async function readTranslationWorkbook(
  bytes: ArrayBuffer | Uint8Array,
): Promise<{ meta: { edition: string; language: string }; rows: TTranslationRow[] }> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(bytes instanceof Uint8Array ? (bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer) : bytes);
  } catch {
    throw new WorkbookError("the file is not an .xlsx workbook");
  }
  const sheet = book.getWorksheet(STRINGS_SHEET);
  const about = book.getWorksheet(ABOUT_SHEET);
  if (!sheet || !about) throw new WorkbookError(`the workbook has no "${STRINGS_SHEET}" and "${ABOUT_SHEET}" sheets: export one first`);
  const header = HEADERS.slice(0, 3).map((_, i) => cellText(sheet.getRow(1).getCell(i + 1).value).trim());
  if (header.join("|") !== HEADERS.slice(0, 3).join("|"))
    throw new WorkbookError(`the "${STRINGS_SHEET}" sheet must start with the columns ${HEADERS.slice(0, 3).join(", ")}`);
  const meta: Record<string, string> = {};
  about.eachRow((row) => {
    meta[cellText(row.getCell(1).value).trim()] = cellText(row.getCell(2).value).trim();
  });
  if (!meta.edition || !meta.language) throw new WorkbookError("the about sheet does not name the edition and language");
  const rows: TTranslationRow[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const key = cellText(row.getCell(1).value);
    const english = cellText(row.getCell(2).value);
    const translation = cellText(row.getCell(3).value);
    if (!key.trim() && !english.trim() && !translation.trim()) return;
    rows.push({ row: number, key: key.trim(), english, translation });
  });
  return { meta: { edition: meta.edition, language: meta.language }, rows };
}
