import { downloadName } from "@/lib/exports/download";
import { TRANSLATED_LANGUAGES, type TTranslatedLanguage } from "@/lib/questionnaire/translation-file";
import { AppError } from "@/lib/server/errors";
import { downloadResponse } from "@/lib/server/exports/download-response";
import { defineRoute } from "@/lib/server/entry/define-route";
import { exportTranslationWorkbook } from "@/lib/server/questionnaires/export-translation-workbook";

/** The translator's workbook of a stored version in one language (admins): key, English, translation, where, glossary terms. */
export const GET = defineRoute<{ key: string; lang: string }>(async ({ actor, params }) => {
  if (!(TRANSLATED_LANGUAGES as readonly string[]).includes(params.lang))
    throw new AppError("not-found", `No translation language ${params.lang} (one of ${TRANSLATED_LANGUAGES.join(", ")})`);
  const body = await exportTranslationWorkbook(actor, params.key, params.lang as TTranslatedLanguage);
  return downloadResponse(downloadName([params.key.replace("@", "-"), params.lang], "xlsx"), "xlsx", body);
});
