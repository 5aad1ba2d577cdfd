import "server-only";
import { isReviewer, type TActor } from "../../authz/policy";
import type { TNormalizedQuestionnaire } from "../../questionnaire/model";
import { parseVersionKey } from "../../questionnaire/version-key";
import { db } from "../db";
import { forbidden, notFound } from "../errors";

// Stored versions never change under a hash, so the parsed content can be kept for the process.
const parsedByHash = new Map<string, TNormalizedQuestionnaire>();

/** A stored version's normalized content (for the app: forms, scoring, previews). */
export async function loadStoredVersion(id: string): Promise<TNormalizedQuestionnaire> {
  const row = await db().questionnaireVersion.findUnique({ where: { id }, select: { hash: true, content: true } });
  if (!row) throw notFound("Unknown questionnaire version");
  let version = parsedByHash.get(row.hash);
  if (!version) {
    version = JSON.parse(row.content) as TNormalizedQuestionnaire;
    parsedByHash.set(row.hash, version);
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

export async function listQuestionnaireVersions(actor: TActor) {
  if (!isReviewer(actor)) throw forbidden("Only admins and reviewers browse questionnaire versions");
  return db().questionnaireVersion.findMany({
    orderBy: [{ questionnaireId: "asc" }, { version: "asc" }],
    select: {
      id: true,
      questionnaireId: true,
      version: true,
      status: true,
      hash: true,
      title: true,
      questionCount: true,
      indicatorCount: true,
      publishedAt: true,
      _count: { select: { cycles: true } },
    },
  });
}
