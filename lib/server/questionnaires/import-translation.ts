import "server-only";
import { isAdmin, type TActor } from "../../authz/policy";
import { readTranslationWorkbook, WorkbookError } from "../../files/translation-workbook";
import type { TNormalizedQuestionnaire } from "../../questionnaire/model";
import { applyPlan, planTranslationImport, type TTranslationPlan } from "../../questionnaire/translation-import";
import { TRANSLATED_LANGUAGES, type TTranslatedLanguage } from "../../questionnaire/translation-file";
import { parseVersionKey } from "../../questionnaire/version-key";
import { versionStrings, versionTexts, withLanguageStrings } from "../../questionnaire/version-texts";
import { audit } from "../audit";
import { db } from "../db";
import { AppError, forbidden, notFound } from "../errors";
import { allTextHash, languageTextHash } from "./import-questionnaire-version";

export type TTranslationPreview = { edition: string; language: TTranslatedLanguage; revision: number; plan: TTranslationPlan };

function idsOf(version: TNormalizedQuestionnaire): Set<string> {
  return new Set([...version.questions.map((q) => q.id), ...version.indicators.map((i) => i.id), ...version.gapRules.map((g) => g.id)]);
}

function sourcesOf(version: TNormalizedQuestionnaire, language: TTranslatedLanguage) {
  return versionTexts(version).map(({ key, text }) => ({ key, english: text.en, current: text[language] }));
}

async function readSheet(bytes: Uint8Array) {
  try {
    return await readTranslationWorkbook(bytes);
  } catch (error) {
    if (error instanceof WorkbookError) throw new AppError("invalid", error.message);
    throw error;
  }
}

function languageOf(value: string): TTranslatedLanguage {
  if ((TRANSLATED_LANGUAGES as readonly string[]).includes(value)) return value as TTranslatedLanguage;
  throw new AppError("invalid", `the workbook's language "${value}" is not one of ${TRANSLATED_LANGUAGES.join(", ")}`);
}

/**
 * What a translator's workbook would change in a stored version (admins only), or, with `apply`,
 * the change made: the language's text gets the next revision, the structure hash and every score
 * stay as they are. Planned again inside the transaction, so a concurrent import cannot be overwritten.
 */
export async function importTranslationWorkbook(
  actor: TActor,
  bytes: Uint8Array,
  options: { apply: boolean },
): Promise<TTranslationPreview> {
  if (!isAdmin(actor)) throw forbidden("Only admins import translations");
  const sheet = await readSheet(bytes);
  const language = languageOf(sheet.meta.language);
  const key = parseVersionKey(sheet.meta.edition);
  if (!key) throw new AppError("invalid", `the workbook names no edition (${sheet.meta.edition})`);
  const where = { questionnaireId_version: { questionnaireId: key.id, version: key.version } };
  return db().$transaction(async (tx) => {
    const row = await tx.questionnaireVersion.findUnique({
      where,
      select: { id: true, content: true, texts: { where: { language }, select: { revision: true } } },
    });
    if (!row) throw notFound(`Unknown questionnaire version ${sheet.meta.edition}`);
    const version = JSON.parse(row.content) as TNormalizedQuestionnaire;
    const plan = planTranslationImport(sheet.rows, sourcesOf(version, language), idsOf(version));
    const current = row.texts[0]?.revision ?? 0;
    const preview = { edition: sheet.meta.edition, language, revision: current, plan };
    if (!options.apply || plan.changed.length === 0) return preview;
    const next = withLanguageStrings(version, language, applyPlan(versionStrings(version, language), plan));
    // Lock the version row by writing it first, then the text row.
    await tx.questionnaireVersion.update({ where: { id: row.id }, data: { content: JSON.stringify(next), textHash: allTextHash(next) } });
    const values = {
      revision: current + 1,
      textHash: languageTextHash(next, language),
      source: "import",
      translated: Object.keys(versionStrings(next, language)).length,
      total: versionTexts(next).length,
      updatedById: actor.userId === "system" ? null : actor.userId,
    };
    await tx.questionnaireText.upsert({
      where: { questionnaireVersionId_language: { questionnaireVersionId: row.id, language } },
      // Without a row the file's text was never read; the next start re-reads it as a change.
      create: { questionnaireVersionId: row.id, language, fileTextHash: "", ...values },
      update: values,
    });
    await audit(tx, actor, {
      action: "questionnaire.translation-import",
      entityType: "questionnaire",
      entityId: sheet.meta.edition,
      data: { language, revision: current + 1, changed: plan.changed.length, invalid: plan.errors.length },
    });
    return { ...preview, revision: current + 1 };
  });
}
