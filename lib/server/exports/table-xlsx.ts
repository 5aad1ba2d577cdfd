import "server-only";
import ExcelJS from "exceljs";
import type { TCsvCell } from "../../exports/csv";

/**
 * One sheet with a bold, frozen header row and an autofilter: what people expect from an export.
 * exceljs writes text cells as text, so nothing typed by a person becomes a formula.
 */
export async function tableXlsx(
  sheetName: string,
  header: readonly string[],
  rows: readonly (readonly TCsvCell[])[],
  widths: Record<string, number> = {},
): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = header.map((key) => ({ header: key, key, width: widths[key] ?? 12 }));
  for (const row of rows) sheet.addRow(row.map((v) => (v === undefined ? null : v)));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
  return Buffer.from(await book.xlsx.writeBuffer());
}
