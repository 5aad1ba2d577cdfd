import "server-only";
import { isReviewer, type TActor } from "../../authz/policy";
import type { TNormalizedQuestionnaire } from "../../questionnaire/model";
import { parseVersionKey } from "../../questionnaire/version-key";
import { db } from "../db";
import { forbidden, notFound } from "../errors";

// A stored version never changes under its structure hash and text hash: the parsed content is kept
// for the process under both, so an answer save reads two short columns instead of the 310 KB
// questionnaire, and a corrected translation (new text hash, on any instance) is seen at once.
const parsedByHashes = new Map<string, TNormalizedQuestionnaire>();

/** A stored version's normalized content (for the app: forms, scoring, previews). */
export async function loadStoredVersion(id: string): Promise<TNormalizedQuestionnaire> {
  const head = await db().questionnaireVersion.findUnique({ where: { id }, select: { hash: true, textHash: true, updatedAt: true } });
  if (!head) throw notFound("Unknown questionnaire version");
  // updatedAt too: new maturity stages change neither hash.
  const cacheKey = `${id}:${head.hash}:${head.textHash}:${head.updatedAt.getTime()}`;
  let version = parsedByHashes.get(cacheKey);
  if (!version) {
    const row = await db().questionnaireVersion.findUniqueOrThrow({ where: { id }, select: { content: true } });
    version = JSON.parse(row.content) as TNormalizedQuestionnaire;
    for (const key of parsedByHashes.keys()) if (key.startsWith(`${id}:`)) parsedByHashes.delete(key);
    parsedByHashes.set(cacheKey, version);
  }
  return version;
}

/** Admins and reviewers look up any version by its `id@version` key. */
export async function getQuestionnaireVersion(actor: TActor, key: string) {
  if (!isReviewer(actor)) throw forbidden("Only admins and reviewers browse questionnaire versions");
  const parsed = parseVersionKey(key);
  if (!parsed) throw notFound(`Unknown questionnaire version ${key}`);
  const row = await db().questionnaireVersion.findUnique({
    where: { questionnaireId_version: { questionnaireId: parsed.id, version: parsed.version } },
    select: { id: true },
  });
  if (!row) throw notFound(`Unknown questionnaire version ${key}`);
  return { dbId: row.id, version: await loadStoredVersion(row.id) };
}
