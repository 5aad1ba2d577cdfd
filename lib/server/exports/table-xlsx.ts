import "server-only";
import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import type { TCsvCell } from "../../exports/csv";

// One style object for every data cell. exceljs looks a cell's style up by object identity before
// serialising it; a fresh empty style per cell (its default) costs more than the rest of the sheet.
const PLAIN: Partial<ExcelJS.Style> = Object.freeze({});

/**
 * One sheet with a bold, frozen header row and an autofilter: what people expect from an export.
 * Streamed: each row is written and let go as it is added (exceljs's streaming writer), so a
 * 194-country export never holds a workbook model in memory. Cells are written as they are typed:
 * text as text (a string table, as spreadsheets write it), so nothing a person typed becomes a formula.
 */
export function tableXlsx(
  sheetName: string,
  header: readonly string[],
  rows: Iterable<readonly TCsvCell[]>,
  widths: Record<string, number> = {},
): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: true });
  const sheet = book.addWorksheet(sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = header.map((key) => ({ key, width: widths[key] ?? 12 }));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
  const headerRow = sheet.addRow([...header]);
  headerRow.font = { bold: true };
  headerRow.commit();
  void (async () => {
    let written = 0;
    for (const cells of rows) {
      // Let other requests in between: a big export would otherwise hold the event loop for its whole run.
      if (++written % 1000 === 0) await new Promise((resolve) => setImmediate(resolve));
      const row = sheet.addRow(cells.map((v) => (v === undefined ? null : v)));
      row.eachCell((cell) => (cell.style = PLAIN));
      row.commit();
    }
    sheet.commit();
    await book.commit();
  })().catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}

/** The rows as the writer takes them, one at a time, instead of a second full copy of the table. */
export function* lazyMap<T, U>(items: Iterable<T>, map: (item: T) => U): Generator<U> {
  for (const item of items) yield map(item);
}
