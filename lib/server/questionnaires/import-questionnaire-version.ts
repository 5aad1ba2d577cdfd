import "server-only";
import { createHash } from "node:crypto";
import { isAdmin, type TActor } from "../../authz/policy";
import { canonicalJson } from "../../questionnaire/canonical-json";
import { LANGUAGES, type TLanguage } from "../../questionnaire/constants";
import type { TNormalizedQuestionnaire } from "../../questionnaire/model";
import { versionStrings, versionTexts, withLanguageStrings } from "../../questionnaire/version-texts";
import { audit } from "../audit";
import { db } from "../db";
import { AppError, forbidden, isUniqueViolation } from "../errors";

export type TImportOutcome = "created" | "updated" | "texts updated" | "unchanged";

/** The structure-only hash scheme (texts left out); rows of scheme 1 are re-hashed once on import. */
export const HASH_SCHEME = 2;

/** A language's revision as the translation file declares it (null: English, or no file). */
export type TFileRevision = { language: TLanguage; revision: number | null };

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

export function languageTextHash(version: TNormalizedQuestionnaire, language: TLanguage): string {
  return sha256(canonicalJson(versionStrings(version, language)));
}

export function allTextHash(version: TNormalizedQuestionnaire): string {
  return sha256(canonicalJson(versionTexts(version).map((t) => [t.key, t.text])));
}

function withEnglish(version: TNormalizedQuestionnaire, from: TNormalizedQuestionnaire): TNormalizedQuestionnaire {
  const copy = structuredClone(version);
  const english = versionStrings(from, "en");
  for (const { key, text } of versionTexts(copy)) if (english[key]) text.en = english[key];
  return copy;
}

/** `version` with `language` taken from `from` (the stored content, where an admin imported it). */
function keepLanguage(version: TNormalizedQuestionnaire, from: TNormalizedQuestionnaire, language: TLanguage) {
  return language === "en" ? withEnglish(version, from) : withLanguageStrings(version, language, versionStrings(from, language));
}

const stagesKey = (v: TNormalizedQuestionnaire) => canonicalJson(v.indicators.map((i) => [i.id, i.stages ?? null]));

/**
 * Stores a questionnaire version. A published version's structure is immutable: importing another
 * structure under the same id@version is refused (checked inside the transaction); drafts may change.
 * Texts may change on any version: a language whose file text changed since it was last read gets a
 * new revision; a language corrected on the admin page keeps that text until its file changes.
 */
export async function importQuestionnaireVersion(
  actor: TActor,
  version: TNormalizedQuestionnaire,
  fileRevisions: readonly TFileRevision[] = [],
): Promise<TImportOutcome> {
  if (!isAdmin(actor)) throw forbidden("Only admins import questionnaires");
  // Two first imports at once (two instances starting, parallel test files): the one that lost the
  // race on the unique version finds the other's row on its second try, and compares with it.
  try {
    return await importOnce(actor, version, fileRevisions);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return importOnce(actor, version, fileRevisions);
  }
}

async function importOnce(actor: TActor, version: TNormalizedQuestionnaire, fileRevisions: readonly TFileRevision[]): Promise<TImportOutcome> {
  const where = { questionnaireId_version: { questionnaireId: version.id, version: version.version } };
  return db().$transaction(async (tx) => {
    const existing = await tx.questionnaireVersion.findUnique({
      where,
      select: { id: true, hash: true, hashScheme: true, status: true, content: true, texts: true },
    });
    const structureChanged = !existing || existing.hash !== version.hash || existing.hashScheme < HASH_SCHEME;
    if (existing?.status === "published" && existing.hashScheme >= HASH_SCHEME) {
      if (existing.hash !== version.hash || version.status !== "published")
        throw new AppError(
          "conflict",
          `${version.key} is published and its structure cannot change (stored ${existing.hash.slice(0, 12)}, file ${version.hash.slice(0, 12)}): give the edited file a new version; corrected wording or translations keep the version`,
        );
    }
    const rows = new Map((existing?.texts ?? []).map((t) => [t.language, t]));
    const stored = existing && !structureChanged ? (JSON.parse(existing.content) as TNormalizedQuestionnaire) : undefined;
    let content = version;
    const changedLanguages: { language: TLanguage; revision: number }[] = [];
    const textRows = LANGUAGES.map((language) => {
      const fileHash = languageTextHash(version, language);
      const row = rows.get(language);
      const fileRevision = fileRevisions.find((r) => r.language === language)?.revision ?? null;
      const fileChanged = !row || row.fileTextHash !== fileHash;
      if (!fileChanged && row && stored && row.source === "import") content = keepLanguage(content, stored, language);
      const revision = fileChanged ? Math.max((row?.revision ?? 0) + 1, fileRevision ?? 1) : (row?.revision ?? 1);
      if (fileChanged && row) changedLanguages.push({ language, revision });
      return { language, fileHash, revision, fileChanged, source: fileChanged ? "file" : (row?.source ?? "file") };
    });
    const textHash = allTextHash(content);
    // Stages never change a score (they are outside the structure hash), so a published version takes new ones in place.
    const stagesChanged = !!stored && stagesKey(stored) !== stagesKey(version);
    if (existing && !structureChanged && !stagesChanged && existing.status === version.status && changedLanguages.length === 0) return "unchanged";

    const data = {
      status: version.status,
      hash: version.hash,
      hashScheme: HASH_SCHEME,
      textHash,
      content: JSON.stringify(content),
      title: version.title.en,
      questionCount: version.questions.length,
      indicatorCount: version.indicators.length,
      ...(existing?.status === "published" ? {} : { publishedAt: version.status === "published" ? new Date() : null }),
    };
    const saved = existing
      ? await tx.questionnaireVersion.update({ where, data, select: { id: true } })
      : await tx.questionnaireVersion.create({ data: { questionnaireId: version.id, version: version.version, ...data }, select: { id: true } });
    const total = versionTexts(content).length;
    for (const t of textRows) {
      const translated = Object.keys(versionStrings(content, t.language)).length;
      const values = {
        revision: t.revision,
        textHash: languageTextHash(content, t.language),
        fileTextHash: t.fileHash,
        source: t.source,
        translated,
        total,
        ...(t.fileChanged ? { updatedById: null } : {}),
      };
      await tx.questionnaireText.upsert({
        where: { questionnaireVersionId_language: { questionnaireVersionId: saved.id, language: t.language } },
        create: { questionnaireVersionId: saved.id, language: t.language, ...values },
        update: values,
      });
    }
    const action = !existing
      ? "questionnaire.import"
      : existing.hashScheme < HASH_SCHEME
        ? "questionnaire.rehash"
        : structureChanged || existing.status !== version.status
          ? "questionnaire.update"
          : stagesChanged
            ? "questionnaire.stages"
            : "questionnaire.texts";
    await audit(tx, actor, {
      action,
      entityType: "questionnaire",
      entityId: version.key,
      data: { hash: version.hash, status: version.status, textHash, languages: changedLanguages },
    });
    if (!existing) return "created";
    return action === "questionnaire.texts" ? "texts updated" : "updated";
  });
}
