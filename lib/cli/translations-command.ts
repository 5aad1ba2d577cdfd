// `npm run cli -- questionnaire translations <export|import>`: the translator's spreadsheet round trip.
// export writes one row a string; import previews what the sheet changes (row-level errors included)
// and, with --apply, writes translations/<version>/<lang>.yaml with the next revision.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadQuestionnaireSet, type TLoadedQuestionnaire } from "@/lib/files/questionnaire-files";
import { editionIds, editionStrings, loadGlossary, writeTranslationFile } from "@/lib/files/translation-files";
import { readTranslationWorkbook, WorkbookError, writeTranslationWorkbook } from "@/lib/files/translation-workbook";
import { applyPlan, planTranslationImport, type TTranslationPlan } from "@/lib/questionnaire/translation-import";
import { TRANSLATED_LANGUAGES, type TTranslatedLanguage } from "@/lib/questionnaire/translation-file";
import type { TCommandIo } from "./questionnaire-command";

export const TRANSLATIONS_USAGE = `  translations export --edition <id>@<version> --lang <fr|es|ar|zh|ru> --out <file.xlsx>
                                          a spreadsheet for a translator: key, English, translation, where, glossary terms
  translations import --file <file.xlsx> [--apply]
                                          preview what the sheet changes (errors by row); --apply writes the translation file`;

export class TranslationsUsageError extends Error {}

export async function runTranslationsCommand(args: string[], dir: string, io: TCommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      edition: { type: "string" },
      lang: { type: "string" },
      out: { type: "string" },
      file: { type: "string" },
      apply: { type: "boolean" },
      dir: { type: "string" },
    },
  });
  const [command] = positionals;
  if (command === "export") {
    if (!values.edition || !values.lang || !values.out)
      throw new TranslationsUsageError("expected: questionnaire translations export --edition <id>@<version> --lang <language> --out <file.xlsx>");
    const language = languageOf(values.lang);
    const loaded = await findEdition(values.edition, values.dir ?? dir, io);
    if (!loaded) return 2;
    const strings = editionStrings(loaded, language);
    const text = loaded.texts.find((t) => t.language === language);
    const bytes = await writeTranslationWorkbook(
      { edition: loaded.version.key, language, revision: text?.revision ?? null, textHash: text?.hash ?? "" },
      strings,
      await loadGlossary(io.cwd),
    );
    await writeFile(path.resolve(io.cwd, values.out), bytes);
    const missing = strings.filter((s) => !s.current).length;
    io.out(`wrote ${values.out}: ${strings.length} strings of ${loaded.version.key} in ${language}, ${missing} untranslated`);
    return 0;
  }
  if (command === "import") {
    if (!values.file) throw new TranslationsUsageError("expected: questionnaire translations import --file <file.xlsx> [--apply]");
    let sheet: Awaited<ReturnType<typeof readTranslationWorkbook>>;
    try {
      sheet = await readTranslationWorkbook(await readFile(path.resolve(io.cwd, values.file)));
    } catch (error) {
      if (!(error instanceof WorkbookError)) throw error;
      io.err(`${values.file}: ${error.message}`);
      return 1;
    }
    const language = languageOf(sheet.meta.language);
    const loaded = await findEdition(sheet.meta.edition, values.dir ?? dir, io);
    if (!loaded) return 2;
    const strings = editionStrings(loaded, language);
    const plan = planTranslationImport(sheet.rows, strings, editionIds(loaded));
    printPlan(plan, `${loaded.version.key} ${language}`, io);
    if (!values.apply) {
      io.out(plan.changed.length > 0 ? "preview only: run again with --apply to write the translation file" : "nothing to apply");
      return plan.errors.length > 0 ? 1 : 0;
    }
    if (plan.changed.length === 0) return plan.errors.length > 0 ? 1 : 0;
    const current = Object.fromEntries(strings.filter((s) => s.current).map((s) => [s.key, s.current as string]));
    const revision = (loaded.texts.find((t) => t.language === language)?.revision ?? 0) + 1;
    const written = await writeTranslationFile(loaded, language, applyPlan(current, plan), revision, io.cwd);
    io.out(`wrote ${path.relative(io.cwd, written)} (revision ${revision}): ${plan.changed.length} string(s) changed`);
    return plan.errors.length > 0 ? 1 : 0;
  }
  throw new TranslationsUsageError(`unknown translations command "${command ?? ""}"`);
}

function languageOf(value: string): TTranslatedLanguage {
  if ((TRANSLATED_LANGUAGES as readonly string[]).includes(value)) return value as TTranslatedLanguage;
  throw new TranslationsUsageError(`--lang must be one of ${TRANSLATED_LANGUAGES.join(", ")} (English is the source), not "${value}"`);
}

async function findEdition(key: string, dir: string, io: TCommandIo): Promise<TLoadedQuestionnaire | undefined> {
  const set = await loadQuestionnaireSet(path.resolve(io.cwd, dir), { cwd: io.cwd });
  const loaded = set.questionnaires.find((q) => q.version.key === key.trim());
  if (!loaded)
    io.err(
      `unknown or invalid edition ${key} (known: ${set.questionnaires
        .map((q) => q.version.key)
        .sort()
        .join(", ")})`,
    );
  return loaded;
}

function printPlan(plan: TTranslationPlan, what: string, io: TCommandIo): void {
  io.out(
    `${what}: ${plan.changed.length} changed, ${plan.unchanged} unchanged, ${plan.errors.length} invalid, ${plan.stillUntranslated} still untranslated, ${plan.notInSheet} not in the sheet`,
  );
  for (const change of plan.changed.slice(0, 200))
    io.out(`  row ${change.row} ${change.key}: ${change.before ? `"${clip(change.before)}" -> ` : "new: "}"${clip(change.after)}"`);
  for (const error of plan.errors.slice(0, 40)) io.err(`  row ${error.row} ${error.key || "(no key)"}: ${error.message}`);
  if (plan.errors.length > 40) io.err(`  ... and ${plan.errors.length - 40} more invalid row(s)`);
}

const clip = (text: string) => (text.length > 70 ? `${text.slice(0, 67)}...` : text);
