// Questionnaire files on disk: find, read, validate and normalize them, hash their content, load crosswalks.
// The only questionnaire module that touches the file system; everything it calls in lib/questionnaire is pure.
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { canonicalJson } from "@/lib/questionnaire/canonical-json";
import { validateCrosswalk } from "@/lib/questionnaire/crosswalk";
import type { TCrosswalkFile, TQuestionnaireFile } from "@/lib/questionnaire/format-schema";
import { renderJsonSchemaFiles } from "@/lib/questionnaire/json-schema";
import { languageCoverage, type TLanguageCoverage } from "@/lib/questionnaire/language-coverage";
import type { TNormalizedQuestionnaire } from "@/lib/questionnaire/model";
import { normalizeQuestionnaire } from "@/lib/questionnaire/normalize";
import { looksLikeCrosswalk, parseCrosswalk, parseQuestionnaire, type TSourceContext } from "@/lib/questionnaire/parse-questionnaire";
import { formatProblem, type TProblem } from "@/lib/questionnaire/problems";
import { parseVersionKey, versionKey } from "@/lib/questionnaire/version-key";
import { parseYamlSource } from "@/lib/questionnaire/yaml-source";

export const DEFAULT_QUESTIONNAIRES_DIR = "questionnaires";
export const SCHEMA_DIR = path.join(DEFAULT_QUESTIONNAIRES_DIR, "schema");

export type TLoadedQuestionnaire = {
  /** Path as shown to people: relative to the working directory. */
  fileName: string;
  file: TQuestionnaireFile;
  version: TNormalizedQuestionnaire;
  coverage: TLanguageCoverage[];
  context: TSourceContext;
};
export type TLoadedCrosswalk = { fileName: string; crosswalk: TCrosswalkFile; context: TSourceContext };
export type TFailedFile = { fileName: string; problems: TProblem[]; /** id@version when the file says so */ key?: string };

export type TQuestionnaireSet = {
  questionnaires: TLoadedQuestionnaire[];
  crosswalks: TLoadedCrosswalk[];
  failed: TFailedFile[];
  /** Problems across files: duplicate versions, crosswalks that do not resolve or do not fit. */
  crossFileProblems: TProblem[];
};

export class UnknownVersionError extends Error {
  constructor(
    readonly key: string,
    readonly known: string[],
  ) {
    super(`unknown questionnaire version ${key} (known: ${known.length > 0 ? known.join(", ") : "none"})`);
  }
}

export class InvalidQuestionnaireError extends Error {
  constructor(readonly problems: TProblem[]) {
    super(`invalid questionnaire file:\n${problems.map(formatProblem).join("\n")}`);
  }
}

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** Identifies the content of a validated file; the editor-only `$schema` key does not count. */
export function questionnaireHash(file: TQuestionnaireFile): string {
  const { $schema: _editorOnly, ...content } = file;
  return sha256Hex(canonicalJson(content));
}

/** The YAML files under a directory (recursively, sorted), or the file itself. */
export async function listQuestionnaireFiles(target = DEFAULT_QUESTIONNAIRES_DIR): Promise<string[]> {
  const info = await stat(target);
  if (info.isFile()) return [target];
  const entries = await readdir(target, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && /\.ya?ml$/i.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

// Parsed files keyed by path, reused while the text is unchanged (reading is cheap, validating is not).
const cache = new Map<string, { textHash: string; result: TLoadedQuestionnaire | TLoadedCrosswalk | TFailedFile }>();

async function loadFile(filePath: string, cwd: string): Promise<TLoadedQuestionnaire | TLoadedCrosswalk | TFailedFile> {
  const absolute = path.resolve(cwd, filePath);
  const fileName = path.relative(cwd, absolute) || filePath;
  const text = await readFile(absolute, "utf8");
  const textHash = sha256Hex(`${fileName}\n${text}`);
  const cached = cache.get(absolute);
  if (cached?.textHash === textHash) return cached.result;
  const result = parseFileText(text, fileName);
  cache.set(absolute, { textHash, result });
  return result;
}

function parseFileText(text: string, fileName: string): TLoadedQuestionnaire | TLoadedCrosswalk | TFailedFile {
  const yaml = parseYamlSource(text);
  const data = yaml.ok ? yaml.source.data : undefined;
  if (looksLikeCrosswalk(fileName, data)) {
    const parsed = parseCrosswalk(text, { fileName });
    return parsed.ok ? { fileName, crosswalk: parsed.value, context: parsed.context } : { fileName, problems: parsed.problems };
  }
  const parsed = parseQuestionnaire(text, { fileName });
  if (!parsed.ok) return { fileName, problems: parsed.problems, key: declaredKey(data) };
  const version = normalizeQuestionnaire(parsed.value, { hash: questionnaireHash(parsed.value) });
  return { fileName, file: parsed.value, version, coverage: languageCoverage(parsed.context.data), context: parsed.context };
}

function declaredKey(data: unknown): string | undefined {
  if (data === null || typeof data !== "object") return undefined;
  const { id, version } = data as Record<string, unknown>;
  return typeof id === "string" && (typeof version === "string" || typeof version === "number")
    ? versionKey(id, String(version))
    : undefined;
}

/** Loads every file under `target` (a directory or one file) and checks them against each other. */
export async function loadQuestionnaireSet(
  target = DEFAULT_QUESTIONNAIRES_DIR,
  options: { cwd?: string; related?: string } = {},
): Promise<TQuestionnaireSet> {
  const cwd = options.cwd ?? process.cwd();
  const files = await listQuestionnaireFiles(path.resolve(cwd, target));
  // A single crosswalk is checked against the versions next to it.
  const relatedFiles = options.related ? await listQuestionnaireFiles(path.resolve(cwd, options.related)) : [];
  const set: TQuestionnaireSet = { questionnaires: [], crosswalks: [], failed: [], crossFileProblems: [] };
  const context: TLoadedQuestionnaire[] = [];
  for (const filePath of [...new Set([...files, ...relatedFiles])]) {
    const loaded = await loadFile(filePath, cwd);
    const own = files.includes(filePath);
    if ("version" in loaded) (own ? set.questionnaires : context).push(loaded);
    else if (!own) continue;
    else if ("crosswalk" in loaded) set.crosswalks.push(loaded);
    else set.failed.push(loaded);
  }
  set.crossFileProblems = crossFileProblems(set, [...set.questionnaires, ...context]);
  return set;
}

function crossFileProblems(set: TQuestionnaireSet, versions: TLoadedQuestionnaire[]): TProblem[] {
  const problems: TProblem[] = [];
  const byKey = new Map<string, TLoadedQuestionnaire>();
  for (const loaded of versions) {
    const first = byKey.get(loaded.version.key);
    if (first && set.questionnaires.includes(loaded))
      problems.push({ file: loaded.fileName, where: "", message: `${loaded.version.key} is already defined in ${first.fileName}` });
    if (!first) byKey.set(loaded.version.key, loaded);
  }
  const pairs = new Map<string, string>();
  for (const { crosswalk, fileName, context } of set.crosswalks) {
    const fromKey = versionKey(crosswalk.questionnaire, crosswalk.from);
    const toKey = versionKey(crosswalk.questionnaire, crosswalk.to);
    const pair = `${fromKey} -> ${toKey}`;
    const earlier = pairs.get(pair);
    if (earlier) problems.push({ file: fileName, where: "", message: `the crosswalk ${pair} is already defined in ${earlier}` });
    pairs.set(pair, fileName);
    const from = byKey.get(fromKey)?.version;
    const to = byKey.get(toKey)?.version;
    if (!from) problems.push({ file: fileName, where: "from", message: `${fromKey} is not a valid questionnaire version here` });
    if (!to) problems.push({ file: fileName, where: "to", message: `${toKey} is not a valid questionnaire version here` });
    if (from && to) problems.push(...validateCrosswalk(crosswalk, from, to, context));
  }
  return problems;
}

/** All problems of a set, in file order. */
export function allProblems(set: TQuestionnaireSet): TProblem[] {
  return [...set.failed.flatMap((f) => f.problems), ...set.crossFileProblems];
}

/** One version by `<id>@<version>`; throws UnknownVersionError, or InvalidQuestionnaireError when its file is broken. */
export async function loadVersion(key: string, options: { dir?: string; cwd?: string } = {}): Promise<TNormalizedQuestionnaire> {
  const set = await loadQuestionnaireSet(options.dir ?? DEFAULT_QUESTIONNAIRES_DIR, { cwd: options.cwd });
  const found = set.questionnaires.find((q) => q.version.key === key.trim());
  if (found) return found.version;
  const broken = set.failed.find((f) => f.key === key.trim());
  if (broken) throw new InvalidQuestionnaireError(broken.problems);
  const known = set.questionnaires.map((q) => q.version.key).sort();
  throw new UnknownVersionError(parseVersionKey(key) ? key : `${key} (expected <id>@<version>)`, known);
}

/** The crosswalk between two versions of one questionnaire, if the directory has one. */
export async function loadCrosswalk(
  id: string,
  from: string,
  to: string,
  options: { dir?: string; cwd?: string } = {},
): Promise<TCrosswalkFile | undefined> {
  const set = await loadQuestionnaireSet(options.dir ?? DEFAULT_QUESTIONNAIRES_DIR, { cwd: options.cwd });
  return set.crosswalks.find((c) => c.crosswalk.questionnaire === id && c.crosswalk.from === from && c.crosswalk.to === to)
    ?.crosswalk;
}

/** Writes the editor JSON Schemas; returns the paths written. */
export async function writeJsonSchemaFiles(dir = SCHEMA_DIR): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const { fileName, content } of renderJsonSchemaFiles()) {
    const target = path.join(dir, fileName);
    await writeFile(target, content, "utf8");
    written.push(target);
  }
  return written;
}
