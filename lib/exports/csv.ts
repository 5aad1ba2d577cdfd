// CSV for other programs: RFC 4180 quoting (csv-stringify; a lone line feed is quoted too, which it
// leaves bare with CRLF records), UTF-8, and cells a spreadsheet would run as formulas defused with
// a leading apostrophe (answers and names are typed by people). Spreadsheets get the same as XLSX.
import { stringify } from "csv-stringify/sync";

export type TCsvCell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell as text: numbers as they are (a negative number is not a formula), text defused. */
export function csvText(value: TCsvCell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function toCsv(header: readonly string[], rows: readonly (readonly TCsvCell[])[]): string {
  return stringify([header.map(csvText), ...rows.map((row) => row.map(csvText))], { record_delimiter: "windows", quoted_match: /[\r\n]/ });
}
