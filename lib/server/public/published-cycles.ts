import "server-only";
import { db } from "../db";
import { notFound } from "../errors";

const cycleSelect = {
  id: true,
  name: true,
  opensAt: true,
  publishedAt: true,
  publicationRule: true,
  validationDeadline: true,
  questionnaireVersionId: true,
  questionnaireVersion: { select: { questionnaireId: true, version: true } },
} as const;

export type TPublishedCycle = {
  id: string;
  name: string;
  publishedAt: Date;
  publicationRule: string;
  validationDeadline: Date | null;
  questionnaireVersionId: string;
  questionnaire: string;
};

/** Cycles whose results an admin has published, newest cycle first. */
export async function publishedCycles(): Promise<TPublishedCycle[]> {
  const rows = await db().cycle.findMany({
    where: { publishedAt: { not: null, lte: new Date() } },
    orderBy: [{ opensAt: "desc" }, { name: "asc" }],
    select: cycleSelect,
  });
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    publishedAt: r.publishedAt!,
    publicationRule: r.publicationRule,
    validationDeadline: r.validationDeadline,
    questionnaireVersionId: r.questionnaireVersionId,
    questionnaire: `${r.questionnaireVersion.questionnaireId}@${r.questionnaireVersion.version}`,
  }));
}

/** A published cycle by id, or the newest; an unknown or unpublished cycle is "not found", alike. */
export async function publishedCycle(cycleId?: string): Promise<{ cycle: TPublishedCycle; cycles: TPublishedCycle[] }> {
  const cycles = await publishedCycles();
  const cycle = cycleId ? cycles.find((c) => c.id === cycleId) : cycles[0];
  if (!cycle) throw notFound(cycleId ? "No published cycle has this id" : "No results are published yet");
  return { cycle, cycles };
}
