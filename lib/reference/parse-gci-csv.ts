// Published GCI results (one CSV per edition) -> typed rows, with every problem named by line and column.
// Pure: no I/O, so the CLI, the admin upload and the tests share it.
import { CsvError, parse } from "csv-parse/sync";

export type TReferenceRow = {
  iso3: string;
  country: string;
  edition: number;
  overall: number;
  legal: number;
  technical: number;
  organizational: number;
  capacityDevelopment: number;
  cooperation: number;
  /** Published tier (2024 onwards); null when the edition ranks instead or none was published. */
  tier: number | null;
  tierLabel: string | null;
  /** Published global rank (2020); null otherwise. */
  rank: number | null;
};

export type TParseProblem = { line: number; column?: string; message: string };
export type TParseResult = { rows: TReferenceRow[]; problems: TParseProblem[] };

const REQUIRED = ["iso3", "country", "edition", "overall_score", "legal", "technical", "organizational", "capacity_development", "cooperation"] as const;
const PILLAR_COLUMNS = [
  ["legal", "legal"],
  ["technical", "technical"],
  ["organizational", "organizational"],
  ["capacity_development", "capacityDevelopment"],
  ["cooperation", "cooperation"],
] as const;

/**
 * Splits CSV text into records of fields (RFC 4180, by csv-parse: quoted fields may hold commas,
 * quotes and newlines; CRLF, LF or CR line ends), each with the line it starts on. Throws a CsvError
 * (with `lines`) for a quote that is never closed.
 */
export function splitCsv(text: string): { fields: string[]; line: number }[] {
  const records = parse(text, {
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    record_delimiter: ["\r\n", "\n", "\r"],
    info: true,
  }) as unknown as { record: string[]; info: { lines: number } }[];
  // csv-parse counts the line a record ends on; a record starts earlier by the line breaks inside its quoted fields.
  const breaks = (field: string) => field.match(/\r\n|\r|\n/g)?.length ?? 0;
  return records
    .map(({ record, info }) => ({ fields: record, line: info.lines - record.reduce((n, f) => n + breaks(f), 0) }))
    .filter((r) => !(r.fields.length === 1 && r.fields[0]!.trim() === ""));
}

function number(raw: string | undefined, line: number, column: string, problems: TParseProblem[], range?: [number, number]): number {
  const text = (raw ?? "").trim();
  const value = Number(text);
  if (text === "" || !Number.isFinite(value)) {
    problems.push({ line, column, message: text === "" ? "is empty" : `${JSON.stringify(text)} is not a number` });
    return NaN;
  }
  if (range && (value < range[0] || value > range[1])) problems.push({ line, column, message: `${value} is outside ${range[0]}-${range[1]}` });
  return value;
}

function optionalInt(raw: string | undefined, line: number, column: string, problems: TParseProblem[], range: [number, number]): number | null {
  const text = (raw ?? "").trim();
  if (text === "") return null;
  const value = Number(text);
  if (!Number.isInteger(value) || value < range[0] || value > range[1]) {
    problems.push({ line, column, message: `${JSON.stringify(text)} is not a whole number in ${range[0]}-${range[1]}` });
    return null;
  }
  return value;
}

/**
 * Parses one edition's CSV. `edition`, when given, must match every row's `edition` column.
 * Rows with problems are left out of `rows`; the caller decides whether any problem is fatal.
 */
export function parseGciCsv(text: string, options: { edition?: number } = {}): TParseResult {
  let records: { fields: string[]; line: number }[];
  try {
    records = splitCsv(text);
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    return { rows: [], problems: [{ line: (error as CsvError & { lines?: number }).lines ?? 1, message: "a quoted field is never closed" }] };
  }
  const problems: TParseProblem[] = [];
  const rows: TReferenceRow[] = [];
  const header = records[0];
  if (!header) return { rows, problems: [{ line: 1, message: "the file is empty" }] };
  const names = header.fields.map((h) => h.trim().toLowerCase());
  const index = new Map(names.map((n, i) => [n, i]));
  const missing = REQUIRED.filter((c) => !index.has(c));
  if (!index.has("tier_published") && !index.has("rank")) missing.push("tier_published or rank" as never);
  if (missing.length > 0) return { rows, problems: [{ line: header.line, message: `missing column(s): ${missing.join(", ")}` }] };

  const seen = new Map<string, number>();
  for (const record of records.slice(1)) {
    const { line, fields } = record;
    const before = problems.length;
    if (fields.length !== names.length) {
      problems.push({ line, message: `has ${fields.length} fields, the header has ${names.length}` });
      continue;
    }
    const get = (c: string) => fields[index.get(c)!];
    const iso3 = (get("iso3") ?? "").trim().toUpperCase();
    if (!/^[A-Z]{3}$/.test(iso3)) problems.push({ line, column: "iso3", message: `${JSON.stringify(get("iso3"))} is not an ISO 3166-1 alpha-3 code` });
    else if (seen.has(iso3)) problems.push({ line, column: "iso3", message: `${iso3} already appears on line ${seen.get(iso3)}` });
    else seen.set(iso3, line);
    const country = (get("country") ?? "").trim();
    if (!country) problems.push({ line, column: "country", message: "is empty" });
    const edition = optionalInt(get("edition"), line, "edition", problems, [2000, 2100]);
    if (edition === null && (get("edition") ?? "").trim() === "") problems.push({ line, column: "edition", message: "is empty" });
    else if (edition !== null && options.edition !== undefined && edition !== options.edition) {
      problems.push({ line, column: "edition", message: `${edition} does not match the edition being imported (${options.edition})` });
    }
    const overall = number(get("overall_score"), line, "overall_score", problems, [0, 100]);
    const pillars = Object.fromEntries(PILLAR_COLUMNS.map(([col, key]) => [key, number(get(col), line, col, problems, [0, 20])])) as Record<
      (typeof PILLAR_COLUMNS)[number][1],
      number
    >;
    const tier = index.has("tier_published") ? optionalInt(get("tier_published"), line, "tier_published", problems, [1, 5]) : null;
    const rank = index.has("rank") ? optionalInt(get("rank"), line, "rank", problems, [1, 1000]) : null;
    const tierLabel = index.has("tier_label") ? (get("tier_label") ?? "").trim() || null : null;
    if (problems.length > before) continue;
    rows.push({ iso3, country, edition: edition!, overall, ...pillars, tier, tierLabel, rank });
  }
  return { rows, problems };
}

export function formatProblem(p: TParseProblem): string {
  return `line ${p.line}${p.column ? `, ${p.column}` : ""}: ${p.message}`;
}
