import type ExcelJS from "exceljs";

/**
 * A cell of a workbook someone filled in, as the text they see: rich text joined, a link's text, a
 * formula's last result, a date as its day (YYYY-MM-DD). Spreadsheet programs turn typed values
 * into these shapes on their own, so every reader of uploaded workbooks needs all of them.
 */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("text" in value && typeof value.text === "string") return value.text;
    if ("result" in value) return String(value.result ?? "");
    if (value instanceof Date) return value.toISOString().slice(0, 10);
  }
  return String(value);
}
