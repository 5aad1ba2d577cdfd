// Translation files on disk: the strings of one edition in one language for a translator, and the
// file written back (revision + 1) after a reviewed spreadsheet import.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parse, stringify } from "yaml";
import { ZGlossary, type TGlossary } from "@/lib/questionnaire/glossary";
import { textEntries } from "@/lib/questionnaire/text-keys";
import type { TTranslatedLanguage } from "@/lib/questionnaire/translation-file";
import type { TWorkbookString } from "./translation-workbook";
import type { TLoadedQuestionnaire } from "./questionnaire-files";

export const GLOSSARY_FILE = path.join("questionnaires", "glossary.yaml");

const LANGUAGE_NAMES: Record<TTranslatedLanguage, string> = {
  fr: "French",
  es: "Spanish",
  ar: "Arabic",
  zh: "Chinese",
  ru: "Russian",
};

export async function loadGlossary(cwd = process.cwd()): Promise<TGlossary> {
  return ZGlossary.parse(parse(await readFile(path.resolve(cwd, GLOSSARY_FILE), "utf8")));
}

/** Every string of the edition with its English, its current translation and where it is. */
export function editionStrings(loaded: TLoadedQuestionnaire, language: TTranslatedLanguage): TWorkbookString[] {
  return textEntries(loaded.context.data).map((e) => ({
    key: e.key,
    english: e.text.en ?? "",
    current: e.text[language],
    context: e.context,
  }));
}

/** The ids a crosswalk note or guidance may cite, which a translation must keep as they are. */
export function editionIds(loaded: TLoadedQuestionnaire): Set<string> {
  const { version } = loaded;
  return new Set([...version.questions.map((q) => q.id), ...version.indicators.map((i) => i.id), ...version.gapRules.map((g) => g.id)]);
}

export function translationFilePath(loaded: TLoadedQuestionnaire, language: TTranslatedLanguage, cwd = process.cwd()): string {
  return path.resolve(cwd, path.dirname(loaded.fileName), "translations", loaded.version.version, `${language}.yaml`);
}

/** Writes the language's file in the edition's key order; returns its path. */
export async function writeTranslationFile(
  loaded: TLoadedQuestionnaire,
  language: TTranslatedLanguage,
  strings: Readonly<Record<string, string>>,
  revision: number,
  cwd = process.cwd(),
): Promise<string> {
  const ordered = Object.fromEntries(
    textEntries(loaded.context.data)
      .map((e) => e.key)
      .filter((key) => strings[key]?.trim())
      .map((key) => [key, strings[key]]),
  );
  const head = [
    "# yaml-language-server: $schema=../../../schema/translation.schema.json",
    `# ${LANGUAGE_NAMES[language]} (${language}) text of ${loaded.version.key}: one entry a string of the English file, by key.`,
    "# Translators: npm run cli -- questionnaire translations export --help (spreadsheet round trip); terms: questionnaires/glossary.yaml.",
  ].join("\n");
  const body = stringify({ edition: loaded.version.key, language, revision, strings: ordered }, { lineWidth: 0 });
  const target = translationFilePath(loaded, language, cwd);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, `${head}\n${body}`, "utf8");
  return target;
}
