// `npm run cli -- questionnaire <validate|list|show|diff|json-schema>`: the experts' tool for questionnaire files.
// Exit codes: 0 ok, 1 problems in the files, 2 wrong usage or unknown version.
import { stat } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import {
  allProblems,
  DEFAULT_QUESTIONNAIRES_DIR,
  loadQuestionnaireSet,
  SCHEMA_DIR,
  writeJsonSchemaFiles,
  type TQuestionnaireSet,
  type TTextRevision,
} from "@/lib/files/questionnaire-files";
import { diffVersions, invertCrosswalk } from "@/lib/questionnaire/crosswalk";
import { describeVersion, roundPoints, versionSummary } from "@/lib/questionnaire/describe-version";
import { coverageWarnings } from "@/lib/questionnaire/language-coverage";
import type { TNormalizedQuestionnaire } from "@/lib/questionnaire/model";
import { formatProblem } from "@/lib/questionnaire/problems";
import { renderDiffText, renderVersionList, renderVersionTable } from "@/lib/questionnaire/render-text";
import { parseVersionKey } from "@/lib/questionnaire/version-key";
import { runTranslationsCommand, TranslationsUsageError, TRANSLATIONS_USAGE } from "./translations-command";

export type TCommandIo = { out: (line: string) => void; err: (line: string) => void; cwd: string };

const processIo: TCommandIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  cwd: process.cwd(),
};

const USAGE = `usage: npm run cli -- questionnaire <command> [options]

  validate [path] [--require-complete]    validate every file under path (default questionnaires/), one file or a directory;
                                          --require-complete fails while a published edition lacks text in one of the six languages
  list [--format table|json]              every valid version: id, version, status, indicators, questions, hash
  show <id>@<version> [--format table|json]
                                          questions with their effective points, tiers and gap rules
  diff <id>@<a> <id>@<b> [--format text|json]
                                          what changed, through the crosswalk between them when there is one
  json-schema                             write questionnaires/schema/*.schema.json for editors
${TRANSLATIONS_USAGE}

options: --dir <directory> where list, show and diff look (default questionnaires/)`;

class UsageError extends Error {}

export async function runQuestionnaireCommand(args: string[], io: TCommandIo = processIo): Promise<number> {
  try {
    // The translations commands have options of their own.
    if (args[0] === "translations") return await runTranslationsCommand(args.slice(1), DEFAULT_QUESTIONNAIRES_DIR, io);
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { format: { type: "string" }, dir: { type: "string" }, help: { type: "boolean", short: "h" }, "require-complete": { type: "boolean" } },
    });
    const [command, ...rest] = positionals;
    if (values.help || !command) {
      io.out(USAGE);
      return 0;
    }
    const dir = values.dir ?? DEFAULT_QUESTIONNAIRES_DIR;
    switch (command) {
      case "validate":
        return await validate(rest[0] ?? dir, io, values["require-complete"] === true);
      case "list":
        return await list(dir, format(values.format, ["table", "json"]), io);
      case "show":
        return await show(requireArgs(rest, 1, "show <id>@<version>")[0], dir, format(values.format, ["table", "json"]), io);
      case "diff": {
        const [a, b] = requireArgs(rest, 2, "diff <id>@<a> <id>@<b>");
        return await diff(a, b, dir, format(values.format, ["text", "json"]), io);
      }
      case "json-schema":
        for (const written of await writeJsonSchemaFiles(path.resolve(io.cwd, values.dir ?? SCHEMA_DIR))) io.out(`wrote ${path.relative(io.cwd, written)}`);
        return 0;
      default:
        throw new UsageError(`unknown questionnaire command "${command}"`);
    }
  } catch (error) {
    // parseArgs reports unknown options as TypeErrors with a readable message.
    if (error instanceof UsageError || error instanceof TranslationsUsageError || (error instanceof TypeError && "code" in error)) {
      io.err(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
}

function format<T extends string>(value: string | undefined, allowed: readonly T[]): T {
  if (value === undefined) return allowed[0] as T;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--format must be ${allowed.join(" or ")}, not "${value}"`);
}

function requireArgs(rest: string[], count: number, usage: string): string[] & { 0: string; 1: string } {
  if (rest.length !== count) throw new UsageError(`expected: questionnaire ${usage}`);
  return rest as string[] & { 0: string; 1: string };
}

async function validate(target: string, io: TCommandIo, requireComplete = false): Promise<number> {
  const absolute = path.resolve(io.cwd, target);
  const info = await stat(absolute).catch(() => undefined);
  if (!info) throw new UsageError(`no such file or directory: ${target}`);
  // A single file is checked together with the versions next to it (crosswalks need both).
  const set = await loadQuestionnaireSet(absolute, { cwd: io.cwd, related: info.isFile() ? path.dirname(absolute) : undefined });
  const problems = allProblems(set);
  const broken = new Set(problems.map((p) => p.file));
  const filesWithProblems = () => new Set(problems.map((p) => p.file)).size;
  const files = set.questionnaires.length + set.crosswalks.length + set.failed.length;
  if (files === 0) {
    io.err(`no questionnaire files (*.yaml) under ${target}`);
    return 1;
  }
  for (const q of set.questionnaires) {
    if (broken.has(q.fileName)) continue;
    io.out(`ok ${q.fileName} (${q.version.key}, ${q.version.indicators.length} indicators, ${q.version.questions.length} questions)`);
    io.out(renderTextRevisions(q.texts));
  }
  const published = new Set(set.questionnaires.filter((q) => q.version.status === "published").map((q) => q.version.key));
  for (const c of set.crosswalks) {
    if (broken.has(c.fileName)) continue;
    const { questionnaire, from, to, entries } = c.crosswalk;
    io.out(`ok ${c.fileName} (crosswalk ${questionnaire}@${from} -> ${questionnaire}@${to}, ${entries.length} entries)`);
    io.out(renderTextRevisions(c.texts));
  }
  // A published edition (and a crosswalk between published editions) is complete in the six languages;
  // a draft may be partly translated.
  const untranslated = [
    ...set.questionnaires.filter((q) => q.version.status === "published").map((q) => ({ fileName: q.fileName, key: q.version.key, coverage: q.coverage })),
    ...set.crosswalks
      .filter(({ crosswalk: c }) => published.has(`${c.questionnaire}@${c.from}`) && published.has(`${c.questionnaire}@${c.to}`))
      .map((c) => ({ fileName: c.fileName, key: `crosswalk ${c.crosswalk.from} -> ${c.crosswalk.to}`, coverage: c.coverage })),
  ].flatMap(({ fileName, key, coverage }) =>
    coverage
      .filter((c) => c.missing.length > 0)
      .map((c) => ({
        file: fileName,
        where: c.language,
        message: `${key} is published but ${c.missing.length} of ${c.total} strings have no ${c.language} text (first: ${c.missing.slice(0, 3).join("; ")})`,
      })),
  );
  for (const q of set.questionnaires.filter((q) => q.version.status === "draft"))
    for (const warning of coverageWarnings(q.coverage)) io.out(`  warning (draft ${q.version.key}): ${warning}`);
  // With --require-complete a missing translation of a published edition fails; otherwise it is listed.
  if (requireComplete) problems.push(...untranslated);
  else for (const u of untranslated) io.out(`  warning: ${u.message}`);
  for (const problem of problems) io.err(formatProblem(problem));
  if (problems.length > 0) io.err(`${problems.length} problem(s) in ${filesWithProblems()} file(s)`);
  return problems.length > 0 ? 1 : 0;
}

/** One line a language: `  ar  revision 2  398/398 translated  0 untranslated  text 3f2a9c1b0d4e`. */
function renderTextRevisions(texts: readonly TTextRevision[]): string {
  return texts
    .map((t) =>
      [
        `  ${t.language}`,
        t.language === "en" ? "source    " : `revision ${t.revision ?? "-"}`.padEnd(10),
        `${t.translated}/${t.total} translated`.padEnd(20),
        `${t.total - t.translated} untranslated`.padEnd(16),
        `text ${t.hash.slice(0, 12)}`,
      ].join("  "),
    )
    .join("\n");
}

async function loadSet(dir: string, io: TCommandIo): Promise<TQuestionnaireSet> {
  const absolute = path.resolve(io.cwd, dir);
  if (!(await stat(absolute).catch(() => undefined))) throw new UsageError(`no such directory: ${dir}`);
  return loadQuestionnaireSet(absolute, { cwd: io.cwd });
}

function sortedVersions(set: TQuestionnaireSet): TNormalizedQuestionnaire[] {
  return set.questionnaires.map((q) => q.version).sort((a, b) => a.id.localeCompare(b.id) || a.version.localeCompare(b.version));
}

async function list(dir: string, outputFormat: "table" | "json", io: TCommandIo): Promise<number> {
  const set = await loadSet(dir, io);
  const versions = sortedVersions(set);
  io.out(outputFormat === "json" ? JSON.stringify(versions.map(versionSummary), null, 2) : renderVersionList(versions));
  for (const failed of set.failed) io.err(`skipped ${failed.fileName}: ${failed.problems.length} problem(s), run questionnaire validate`);
  return set.failed.length > 0 ? 1 : 0;
}

/** The version named by `key`, or the exit code after telling the user why (1: its file is broken, 2: unknown). */
function findVersion(set: TQuestionnaireSet, key: string, io: TCommandIo): TNormalizedQuestionnaire | number {
  const found = set.questionnaires.find((q) => q.version.key === key);
  if (found) return found.version;
  const broken = set.failed.find((f) => f.key === key);
  if (broken) {
    io.err(`${key} is defined in ${broken.fileName}, which has problems:`);
    for (const problem of broken.problems) io.err(formatProblem(problem));
    return 1;
  }
  const known = sortedVersions(set).map((v) => v.key);
  const hint = parseVersionKey(key) ? "" : " (expected <id>@<version>, e.g. five-pillars@2024)";
  io.err(`unknown questionnaire version ${key}${hint}; known versions: ${known.length > 0 ? known.join(", ") : "none"}`);
  return 2;
}

async function show(key: string, dir: string, outputFormat: "table" | "json", io: TCommandIo): Promise<number> {
  const version = findVersion(await loadSet(dir, io), key, io);
  if (typeof version === "number") return version;
  io.out(outputFormat === "json" ? JSON.stringify(describeVersion(version), null, 2) : renderVersionTable(version));
  return 0;
}

async function diff(keyA: string, keyB: string, dir: string, outputFormat: "text" | "json", io: TCommandIo): Promise<number> {
  const set = await loadSet(dir, io);
  const a = findVersion(set, keyA, io);
  if (typeof a === "number") return a;
  const b = findVersion(set, keyB, io);
  if (typeof b === "number") return b;
  const crosswalks = set.crosswalks.map((c) => c.crosswalk).filter((c) => c.questionnaire === a.id && a.id === b.id);
  const forward = crosswalks.find((c) => c.from === a.version && c.to === b.version);
  const backward = crosswalks.find((c) => c.from === b.version && c.to === a.version);
  const result = diffVersions(a, b, forward ?? (backward ? invertCrosswalk(backward) : undefined));
  // Rounded for people; the exact values stay available through the library.
  const rounded = (_key: string, value: unknown) => (typeof value === "number" ? roundPoints(value) : value);
  io.out(outputFormat === "json" ? JSON.stringify(result, rounded, 2) : renderDiffText(result));
  return 0;
}
