import "server-only";
import { isAdmin, type TActor } from "../../authz/policy";
import { LANGUAGES } from "../../questionnaire/constants";
import { parseVersionKey } from "../../questionnaire/version-key";
import { db } from "../db";
import { forbidden, notFound } from "../errors";

/** Each language's text of a stored version: revision, coverage, where it came from (admins). */
export async function listTranslations(actor: TActor, key: string) {
  if (!isAdmin(actor)) throw forbidden("Only admins manage translations");
  const parsed = parseVersionKey(key);
  if (!parsed) throw notFound(`Unknown questionnaire version ${key}`);
  const row = await db().questionnaireVersion.findUnique({
    where: { questionnaireId_version: { questionnaireId: parsed.id, version: parsed.version } },
    select: {
      id: true,
      status: true,
      hash: true,
      title: true,
      texts: {
        select: { language: true, revision: true, textHash: true, source: true, translated: true, total: true, updatedAt: true, updatedById: true },
      },
    },
  });
  if (!row) throw notFound(`Unknown questionnaire version ${key}`);
  const byLanguage = new Map(row.texts.map((t) => [t.language, t]));
  const editorIds = row.texts.flatMap((t) => (t.updatedById ? [t.updatedById] : []));
  const editors = new Map(
    (await db().user.findMany({ where: { id: { in: editorIds } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]),
  );
  return {
    key,
    status: row.status,
    hash: row.hash,
    title: row.title,
    languages: LANGUAGES.map((language) => {
      const t = byLanguage.get(language);
      return {
        language,
        revision: t?.revision ?? null,
        translated: t?.translated ?? 0,
        total: t?.total ?? 0,
        source: (t?.source ?? "file") as "file" | "import",
        textHash: t?.textHash ?? "",
        updatedAt: t?.updatedAt ?? null,
        updatedBy: t?.updatedById ? (editors.get(t.updatedById) ?? null) : null,
      };
    }),
  };
}
