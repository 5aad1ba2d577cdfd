import "server-only";
import type { TDb } from "../db/create-client";
import type { TAnswers } from "../questionnaire/model";
import { parseVersionKey } from "../questionnaire/version-key";
import { scoreOfRecord } from "../assessments/score-of-record";
import { scoreColumns, toStoredScore } from "../assessments/stored-score";
import { loadStoredVersion } from "../server/questionnaires/get-questionnaire-version";
import { demoAnswers, demoCapacity, demoStatus, hashString } from "./demo-answers";
import { seedDemoDeskResearch } from "./seed-demo-desk-research";

/** End-to-end journeys fill these two themselves, so they stay empty drafts in the open cycle. */
export const DEMO_EMPTY_DRAFTS = ["KEN", "FRA"];

const BATCH = 2000;

type TPlan = {
  iso3: string;
  assessmentId: string;
  answers: TAnswers;
  status: string;
  submittedAt: Date | null;
  validatedAt: Date | null;
  /** When the focal point agreed to publication (the earlier, published cycle only). */
  consentAt: Date | null;
};

async function versionId(db: TDb, key: string): Promise<string> {
  const parsed = parseVersionKey(key)!;
  const row = await db.questionnaireVersion.findUniqueOrThrow({
    where: { questionnaireId_version: { questionnaireId: parsed.id, version: parsed.version } },
    select: { id: true },
  });
  return row.id;
}

/** The closed earlier cycle on the 2020 edition, with a draft per country (created once); its results are published. */
async function earlierCycle(db: TDb, year: number): Promise<string> {
  const name = `${year - 2} self-assessment (demo)`;
  const existing = await db.cycle.findUnique({ where: { name }, select: { id: true } });
  if (existing) return existing.id;
  const countries = await db.country.findMany({ select: { iso3: true } });
  const cycle = await db.cycle.create({
    data: {
      name,
      questionnaireVersionId: await versionId(db, "five-pillars@2020"),
      opensAt: new Date(`${year - 2}-01-01T00:00:00Z`),
      closesAt: new Date(`${year - 2}-12-31T23:59:59Z`),
      publishedAt: new Date(`${year - 1}-03-01T09:00:00Z`),
      publicationRule: "consented",
    },
  });
  await db.assessment.createMany({ data: countries.map((c) => ({ countryIso3: c.iso3, cycleId: cycle.id, status: "draft", isDemo: true })) });
  return cycle.id;
}

/** A day in the cycle's year, spread per country, so dates look plausible and stay deterministic. */
function dayIn(year: number, iso3: string, salt: string, fromMonth: number, toMonth: number): Date {
  const h = hashString(`${salt}:${iso3}`);
  const month = fromMonth + (h % (toMonth - fromMonth + 1));
  return new Date(Date.UTC(year, month - 1, 1 + ((h >>> 8) % 28), 9 + ((h >>> 16) % 8)));
}

async function planCycle(db: TDb, cycleId: string, kind: "earlier" | "latest", year: number, now: Date): Promise<TPlan[]> {
  const cycle = await db.cycle.findUniqueOrThrow({ where: { id: cycleId }, select: { questionnaireVersionId: true } });
  const version = await loadStoredVersion(cycle.questionnaireVersionId);
  const rows = await db.assessment.findMany({ where: { cycleId }, select: { id: true, countryIso3: true }, orderBy: { countryIso3: "asc" } });
  return rows.map(({ id, countryIso3: iso3 }) => {
    const empty = kind === "latest" && DEMO_EMPTY_DRAFTS.includes(iso3);
    const status = empty ? "draft" : demoStatus(iso3, kind);
    // Countries progressed between the editions: the earlier score is lower by up to 12 points.
    const score = Math.max(3, demoCapacity(iso3) - (kind === "earlier" ? 2 + (hashString(`progress:${iso3}`) % 11) : 0));
    const share = status !== "draft" ? 1 : kind === "earlier" ? 0 : 0.2 + (hashString(`share:${iso3}`) % 70) / 100;
    const answers = empty || share === 0 ? {} : demoAnswers(version, `${kind}:${iso3}`, score, share);
    const day = status === "draft" ? null : dayIn(year, iso3, `submit:${kind}`, 2, kind === "latest" ? Math.max(2, now.getUTCMonth()) : 8);
    const submitted = day && day > now ? new Date(now.getTime() - 86_400_000) : day;
    const validated = status === "validated" && submitted ? new Date(submitted.getTime() + (10 + (hashString(`validate:${iso3}`) % 40)) * 86_400_000) : null;
    const validatedAt = validated && validated < now ? validated : submitted;
    // Nine in ten focal points of the published cycle agreed to publication; the rest stay off the public pages.
    const consentAt = kind === "earlier" && status === "validated" && hashString(`consent:${iso3}`) % 10 !== 0 ? validatedAt : null;
    return { iso3, assessmentId: id, answers, status, submittedAt: submitted, validatedAt, consentAt };
  });
}

/**
 * Two evidence links of a published demo result, on the first two questions that ask for evidence:
 * the first marked public (its public page lists it), the second kept private.
 */
function demoLinks(version: Awaited<ReturnType<typeof loadStoredVersion>>, assessmentId: string, iso3: string) {
  const questions = version.questions.filter((q) => q.evidence && q.evidence !== "none" && q.evidence !== "document").slice(0, 2);
  return questions.map((q, k) => ({
    assessmentId,
    questionId: q.id,
    kind: "link",
    url: `https://www.example.org/demo/${iso3.toLowerCase()}/${q.id}`,
    fileName: `${q.id} (demo)`,
    isPublic: k === 0,
  }));
}

async function writePlans(db: TDb, cycleId: string, plans: TPlan[]): Promise<number> {
  const cycle = await db.cycle.findUniqueOrThrow({ where: { id: cycleId }, select: { questionnaireVersionId: true } });
  const version = await loadStoredVersion(cycle.questionnaireVersionId);
  const rows = plans.flatMap((p) =>
    Object.entries(p.answers).map(([questionId, value]) => ({ assessmentId: p.assessmentId, questionId, value: JSON.stringify(value) })),
  );
  const links = plans.flatMap((p) => (p.consentAt ? demoLinks(version, p.assessmentId, p.iso3) : []));
  await db.$transaction(
    async (tx) => {
      for (let i = 0; i < rows.length; i += BATCH) await tx.answer.createMany({ data: rows.slice(i, i + BATCH) });
      for (let i = 0; i < links.length; i += BATCH) await tx.evidence.createMany({ data: links.slice(i, i + BATCH) });
      for (const p of plans) {
        const answered = Object.keys(p.answers).length > 0;
        // Demo answers carry no reviewer verdicts: the validated score equals the self-reported one.
        const record = answered ? scoreOfRecord(version, p.answers, [], { status: p.status, reviewed: false }) : null;
        const asSubmitted = answered && p.status !== "draft" ? scoreOfRecord(version, p.answers, [], { status: "submitted", reviewed: false }) : null;
        await tx.assessment.update({
          where: { id: p.assessmentId },
          data: {
            status: p.status,
            isDemo: true,
            submittedAt: p.submittedAt,
            validatedAt: p.status === "validated" ? p.validatedAt : null,
            publicConsentAt: p.consentAt,
            ...(record ? scoreColumns(record) : {}),
            submittedScoreJson: asSubmitted ? JSON.stringify(toStoredScore(asSubmitted)) : null,
          },
        });
      }
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
  return rows.length;
}

/**
 * Fictitious assessments for every country in two demo cycles (2020 edition, closed; 2024 edition,
 * open), in a spread of states and tiers. Skipped when the demo cycles already hold answers.
 */
export async function seedDemoAssessments(db: TDb, latestCycleName: string, now = new Date()): Promise<{ answers: number } | null> {
  const year = now.getUTCFullYear();
  const latest = await db.cycle.findUnique({ where: { name: latestCycleName }, select: { id: true } });
  if (!latest) return null;
  const earlier = await earlierCycle(db, year);
  if ((await db.answer.count({ where: { assessment: { cycleId: { in: [earlier, latest.id] } } } })) > 0) return null;
  let answers = 0;
  answers += await writePlans(db, earlier, await planCycle(db, earlier, "earlier", year - 2, now));
  answers += await writePlans(db, latest.id, await planCycle(db, latest.id, "latest", year, now));
  await seedDemoDeskResearch(db, earlier, latest.id, now);
  return { answers };
}
