import "server-only";
import { isAdmin, type TActor } from "../../authz/policy";
import { loadGlossary } from "../../files/translation-files";
import { writeTranslationWorkbook } from "../../files/translation-workbook";
import type { TTranslatedLanguage } from "../../questionnaire/translation-file";
import { versionTexts } from "../../questionnaire/version-texts";
import { db } from "../db";
import { forbidden } from "../errors";
import { getQuestionnaireVersion } from "./get-questionnaire-version";

/** The translator's workbook of a stored version in one language, as the CLI writes it (admins). */
export async function exportTranslationWorkbook(actor: TActor, key: string, language: TTranslatedLanguage): Promise<Buffer> {
  if (!isAdmin(actor)) throw forbidden("Only admins manage translations");
  const { dbId, version } = await getQuestionnaireVersion(actor, key);
  const text = await db().questionnaireText.findUnique({
    where: { questionnaireVersionId_language: { questionnaireVersionId: dbId, language } },
    select: { revision: true, textHash: true },
  });
  const indicatorTitle = (id: string) => version.indicatorById[id]?.title.en ?? id;
  // Where a string sits, in the translator's terms: the question's pillar and indicator.
  const context = (key: string) => {
    const [kind, id] = key.split(".");
    if (kind === "question" && id) {
      const q = version.questionById[id];
      return q ? `${q.pillar} > ${indicatorTitle(q.indicator)}` : "";
    }
    if (kind === "indicator" && id) return `${version.indicatorById[id]?.pillar ?? ""} > ${indicatorTitle(id)}`;
    return kind === "gap" ? "gap rule" : kind === "tier" ? "tier" : "";
  };
  const strings = versionTexts(version).map(({ key: k, text: t }) => ({ key: k, english: t.en, current: t[language], context: context(k) }));
  return writeTranslationWorkbook(
    { edition: version.key, language, revision: text?.revision ?? null, textHash: text?.textHash ?? "" },
    strings,
    await loadGlossary(),
  );
}
