// Questionnaire files on disk: find, read, validate and normalize them, merge their translation files
// (translations/<version>/<lang>.yaml), hash their structure, load crosswalks.
// The only questionnaire module that touches the file system; everything it calls in lib/questionnaire is pure.
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { canonicalJson } from "@/lib/questionnaire/canonical-json";
import { validateCrosswalk } from "@/lib/questionnaire/crosswalk";
import { type TCrosswalkFile, type TQuestionnaireFile } from "@/lib/questionnaire/format-schema";
import { LANGUAGES, type TLanguage } from "@/lib/questionnaire/constants";
import { renderJsonSchemaFiles } from "@/lib/questionnaire/json-schema";
import { languageCoverage, type TLanguageCoverage } from "@/lib/questionnaire/language-coverage";
import type { TNormalizedQuestionnaire } from "@/lib/questionnaire/model";
import { normalizeQuestionnaire } from "@/lib/questionnaire/normalize";
import {
  looksLikeCrosswalk,
  parseQuestionnaire,
  validateCrosswalkData,
  validateQuestionnaireData,
  type TSourceContext,
} from "@/lib/questionnaire/parse-questionnaire";
import { applyStrings, stringsOf, textEntries, withoutTexts } from "@/lib/questionnaire/text-keys";
import { crosswalkTarget, looksLikeTranslation, ZTranslationFile, type TTranslationFile } from "@/lib/questionnaire/translation-file";
import { formatProblem, type TProblem } from "@/lib/questionnaire/problems";
import { parseVersionKey, versionKey } from "@/lib/questionnaire/version-key";
import { parseYamlSource } from "@/lib/questionnaire/yaml-source";

export const DEFAULT_QUESTIONNAIRES_DIR = "questionnaires";
export const SCHEMA_DIR = path.join(DEFAULT_QUESTIONNAIRES_DIR, "schema");

/** Where one language's text of a file stands. */
export type TTextRevision = {
  language: TLanguage;
  /** The translation file's revision; null for English (the source) and for a language without a file. */
  revision: number | null;
  /** sha256 of the language's strings: changes with any corrected word. */
  hash: string;
  translated: number;
  total: number;
  fileName?: string;
};

export type TLoadedQuestionnaire = {
  /** Path as shown to people: relative to the working directory. */
  fileName: string;
  /** The validated file with its translations merged in. */
  file: TQuestionnaireFile;
  version: TNormalizedQuestionnaire;
  coverage: TLanguageCoverage[];
  context: TSourceContext;
  texts: TTextRevision[];
};
export type TLoadedCrosswalk = {
  fileName: string;
  crosswalk: TCrosswalkFile;
  context: TSourceContext;
  coverage: TLanguageCoverage[];
  texts: TTextRevision[];
};
export type TFailedFile = { fileName: string; problems: TProblem[]; /** id@version when the file says so */ key?: string };

export type TQuestionnaireSet = {
  questionnaires: TLoadedQuestionnaire[];
  crosswalks: TLoadedCrosswalk[];
  failed: TFailedFile[];
  /** Problems across files: duplicate versions, crosswalks that do not resolve or do not fit. */
  crossFileProblems: TProblem[];
  /** Translation files that name no file, or strings that no longer exist. */
  translationProblems: TProblem[];
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

/**
 * Identifies what a version scores: ids, options, points, weights, conditions. Every visible string
 * (and the maturity stages) is left out (see text-keys.ts), so a corrected wording or translation keeps the hash, the scores
 * and the published status; texts have their own revision (`textRevisions`).
 */
export function questionnaireHash(file: TQuestionnaireFile): string {
  const { $schema: _editorOnly, ...content } = file;
  return sha256Hex(canonicalJson(withoutTexts(withoutStages(content))));
}

/** Maturity stages read the answers but never change a score, so, like texts, they keep the hash. */
function withoutStages<T extends Pick<TQuestionnaireFile, "pillars">>(content: T): T {
  return { ...content, pillars: content.pillars.map((p) => ({ ...p, indicators: p.indicators.map(({ stages: _interpretation, ...i }) => i) })) };
}

/** The YAML files under a directory (recursively, sorted), or the file itself. */
export async function listQuestionnaireFiles(target = DEFAULT_QUESTIONNAIRES_DIR): Promise<string[]> {
  const info = await stat(target);
  if (info.isFile()) return [target];
  const entries = await readdir(target, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && /\.ya?ml$/i.test(e.name) && e.name !== "glossary.yaml")
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

type TSourceFile = { fileName: string; text: string; textHash: string; data: unknown };
type TTranslationSource = TSourceFile & { translation: TTranslationFile };

async function readSource(filePath: string, cwd: string): Promise<TSourceFile> {
  const absolute = path.resolve(cwd, filePath);
  const fileName = path.relative(cwd, absolute) || filePath;
  const text = await readFile(absolute, "utf8");
  const yaml = parseYamlSource(text);
  return { fileName, text, textHash: sha256Hex(`${fileName}\n${text}`), data: yaml.ok ? yaml.source.data : undefined };
}

// Parsed files keyed by path, reused while the text (and its translations) is unchanged: reading is cheap, validating is not.
const cache = new Map<string, { textHash: string; result: TLoadedQuestionnaire | TLoadedCrosswalk | TFailedFile }>();

function loadFile(source: TSourceFile, translations: TTranslationSource[]): TLoadedQuestionnaire | TLoadedCrosswalk | TFailedFile {
  const textHash = sha256Hex([source.textHash, ...translations.map((t) => t.textHash)].join("\n"));
  const cached = cache.get(source.fileName);
  if (cached?.textHash === textHash) return cached.result;
  const result = parseSource(source, translations);
  cache.set(source.fileName, { textHash, result });
  return result;
}

function parseSource(source: TSourceFile, translations: TTranslationSource[]): TLoadedQuestionnaire | TLoadedCrosswalk | TFailedFile {
  const { fileName, text } = source;
  const syntax = parseYamlSource(text);
  if (!syntax.ok) {
    const parsed = parseQuestionnaire(text, { fileName });
    return { fileName, problems: parsed.ok ? [] : parsed.problems, key: undefined };
  }
  const merged = mergeTranslations(syntax.source.data, translations);
  const context = { fileName, data: merged.data, positionOf: syntax.source.positionOf };
  const texts = textRevisions(merged.data, translations);
  if (looksLikeCrosswalk(fileName, source.data)) {
    const parsed = validateCrosswalkData(context);
    return parsed.ok
      ? { fileName, crosswalk: parsed.value, context: parsed.context, coverage: languageCoverage(merged.data), texts }
      : { fileName, problems: parsed.problems };
  }
  const parsed = validateQuestionnaireData(context);
  if (!parsed.ok) return { fileName, problems: parsed.problems, key: declaredKey(source.data) };
  const version = normalizeQuestionnaire(parsed.value, { hash: questionnaireHash(parsed.value) });
  return { fileName, file: parsed.value, version, coverage: languageCoverage(merged.data), context: parsed.context, texts };
}

/** The source data with each translation's strings set in its language (unknown keys are reported by the set). */
function mergeTranslations(data: unknown, translations: TTranslationSource[]): { data: unknown } {
  let merged = data;
  for (const { translation } of translations) merged = applyStrings(merged, translation.language, translation.strings).data;
  return { data: merged };
}

/** Per language: revision (from its translation file; English counts the source file), text hash and coverage. */
function textRevisions(data: unknown, translations: TTranslationSource[]): TTextRevision[] {
  const total = textEntries(data).length;
  return LANGUAGES.map((language) => {
    const strings = stringsOf(data, language);
    const file = translations.find((t) => t.translation.language === language);
    return {
      language,
      revision: file?.translation.revision ?? null,
      hash: sha256Hex(canonicalJson(strings)),
      translated: Object.keys(strings).length,
      total,
      ...(file ? { fileName: file.fileName } : {}),
    };
  });
}

function declaredKey(data: unknown): string | undefined {
  if (data === null || typeof data !== "object") return undefined;
  const { id, version } = data as Record<string, unknown>;
  return typeof id === "string" && (typeof version === "string" || typeof version === "number") ? versionKey(id, String(version)) : undefined;
}

/** What a translation file must name to attach to a source file: its edition key or crosswalk target. */
function targetOf(source: TSourceFile): string | undefined {
  if (looksLikeCrosswalk(source.fileName, source.data)) {
    const { questionnaire, from, to } = (source.data ?? {}) as Record<string, unknown>;
    return typeof questionnaire === "string" ? crosswalkTarget(questionnaire, String(from), String(to)) : undefined;
  }
  return declaredKey(source.data);
}

/** Loads every file under `target` (a directory or one file) and checks them against each other. */
export async function loadQuestionnaireSet(target = DEFAULT_QUESTIONNAIRES_DIR, options: { cwd?: string; related?: string } = {}): Promise<TQuestionnaireSet> {
  const cwd = options.cwd ?? process.cwd();
  const absoluteTarget = path.resolve(cwd, target);
  const files = await listQuestionnaireFiles(absoluteTarget);
  // A single file is checked against the versions next to it, and gets its translations from there.
  const single = (await stat(absoluteTarget)).isFile();
  const relatedDir = options.related ?? (single ? path.dirname(absoluteTarget) : undefined);
  const relatedFiles = relatedDir ? await listQuestionnaireFiles(path.resolve(cwd, relatedDir)) : [];
  const set: TQuestionnaireSet = { questionnaires: [], crosswalks: [], failed: [], crossFileProblems: [], translationProblems: [] };
  const sources: { source: TSourceFile; own: boolean }[] = [];
  const translations: TTranslationSource[] = [];
  for (const filePath of [...new Set([...files, ...relatedFiles])]) {
    const source = await readSource(filePath, cwd);
    const own = files.includes(filePath);
    if (!looksLikeTranslation(source.data)) {
      sources.push({ source, own });
      continue;
    }
    const parsed = ZTranslationFile.safeParse(source.data);
    if (parsed.success) translations.push({ ...source, translation: parsed.data });
    else if (own)
      set.failed.push({
        fileName: source.fileName,
        problems: parsed.error.issues.map((i) => ({ file: source.fileName, where: i.path.join("."), message: i.message })),
      });
  }
  const context: TLoadedQuestionnaire[] = [];
  const attached = new Set<TTranslationSource>();
  for (const { source, own } of sources) {
    const key = targetOf(source);
    const mine = translations.filter((t) => key !== undefined && (t.translation.edition ?? t.translation.crosswalk) === key);
    mine.forEach((t) => attached.add(t));
    const loaded = loadFile(source, mine);
    if (own) set.translationProblems.push(...translationProblems(source, mine));
    if ("version" in loaded) (own ? set.questionnaires : context).push(loaded);
    else if (!own) continue;
    else if ("crosswalk" in loaded) set.crosswalks.push(loaded);
    else set.failed.push(loaded);
  }
  for (const t of translations)
    if (!attached.has(t) && files.some((f) => path.resolve(cwd, f) === path.resolve(cwd, t.fileName)))
      set.translationProblems.push({
        file: t.fileName,
        where: "",
        message: `${t.translation.edition ?? t.translation.crosswalk} is not a questionnaire version or crosswalk here`,
      });
  set.crossFileProblems.push(...crossFileProblems(set, [...set.questionnaires, ...context]));
  return set;
}

/** A translation must name strings of its file, once per language. */
function translationProblems(source: TSourceFile, translations: TTranslationSource[]): TProblem[] {
  const problems: TProblem[] = [];
  const keys = new Set(textEntries(source.data).map((e) => e.key));
  const seen = new Map<string, string>();
  for (const t of translations) {
    const earlier = seen.get(t.translation.language);
    if (earlier) problems.push({ file: t.fileName, where: "language", message: `${t.translation.language} is already translated in ${earlier}` });
    seen.set(t.translation.language, t.fileName);
    for (const key of Object.keys(t.translation.strings))
      if (!keys.has(key)) problems.push({ file: t.fileName, where: `strings.${key}`, message: `names no string of ${source.fileName} (removed or renamed?)` });
  }
  return problems;
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

/** All problems of a set, in file order; without translation problems when asked (a stale key must not stop the app). */
export function allProblems(set: TQuestionnaireSet, options: { translations?: boolean } = {}): TProblem[] {
  return [...set.failed.flatMap((f) => f.problems), ...set.crossFileProblems, ...(options.translations === false ? [] : set.translationProblems)];
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
export async function loadCrosswalk(id: string, from: string, to: string, options: { dir?: string; cwd?: string } = {}): Promise<TCrosswalkFile | undefined> {
  const set = await loadQuestionnaireSet(options.dir ?? DEFAULT_QUESTIONNAIRES_DIR, { cwd: options.cwd });
  return set.crosswalks.find((c) => c.crosswalk.questionnaire === id && c.crosswalk.from === from && c.crosswalk.to === to)?.crosswalk;
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
