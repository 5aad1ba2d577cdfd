// `npm run cli -- reference import --file <csv> --edition <year>`: load a published GCI edition.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { SYSTEM_ACTOR } from "../authz/policy";
import { formatImportReport, importReference } from "../server/reference/import-reference";
import { fail, parse } from "./parse";

const USAGE = "usage: reference import --file <published.csv> --edition <year>";

export async function runReferenceCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { file: { type: "string" }, edition: { type: "string" }, help: { type: "boolean", short: "h" } });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (positionals[0] !== "import" || positionals.length > 1) return fail(USAGE);
  if (!values.file || !values.edition) return fail(`--file and --edition are required\n${USAGE}`);
  const edition = Number(values.edition);
  const csv = await readFile(path.resolve(values.file), "utf8");
  const report = await importReference(SYSTEM_ACTOR, { csv, edition, source: path.basename(values.file) });
  process.stdout.write(`${formatImportReport(report)}\n`);
  for (const m of report.tiers.mismatches)
    process.stdout.write(`  ${m.iso3}: published tier ${m.published}, rules give ${m.computed} (overall ${m.overall})\n`);
  return 0;
}
