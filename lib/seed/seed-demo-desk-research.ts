import "server-only";
import type { TDb } from "../db/create-client";
import { scoreOfRecord } from "../assessments/score-of-record";
import { scoreColumns } from "../assessments/stored-score";
import { loadStoredVersion } from "../server/questionnaires/get-questionnaire-version";

/**
 * Desk research in the demo, so a newcomer sees the whole GCI process: in the open cycle, Malawi's
 * answers were drafted by ITU and await its focal point (some confirmed already), Zambia confirmed
 * them and corrected one (now submitted), Tanzania is still being drafted, Eritrea declined to answer
 * (desk research can start); in the published earlier cycle, Mozambique let the deadline pass and was
 * validated without its confirmation.
 */
export const DEMO_DESK_RESEARCH = { validating: "MWI", corrected: "ZMB", drafting: "TZA", declined: "ERI", unconfirmed: "MOZ" } as const;

const DECLINE_REASON = "The national cybersecurity agency is being set up this year; we will answer the next cycle (demo).";

const sourceOf = (iso3: string, accessedOn: string) => ({
  provenance: "desk-research",
  sourceUrl: `https://www.example.org/demo/${iso3.toLowerCase()}/public-sources`,
  sourceTitle: `Public sources on ${iso3}'s cybersecurity (demo)`,
  sourceAccessedOn: accessedOn,
});

async function rescore(db: TDb, assessmentId: string, status: string) {
  const row = await db.assessment.findUniqueOrThrow({ where: { id: assessmentId }, select: { cycle: { select: { questionnaireVersionId: true } } } });
  const version = await loadStoredVersion(row.cycle.questionnaireVersionId);
  const answers = Object.fromEntries((await db.answer.findMany({ where: { assessmentId } })).map((a) => [a.questionId, JSON.parse(a.value)]));
  await db.assessment.update({ where: { id: assessmentId }, data: scoreColumns(scoreOfRecord(version, answers, [], { status, reviewed: false })) });
}

export async function seedDemoDeskResearch(db: TDb, earlierCycleId: string, latestCycleId: string, now: Date): Promise<void> {
  const day = (offset: number) => new Date(now.getTime() + offset * 86_400_000);
  const accessed = day(-20).toISOString().slice(0, 10);
  await db.cycle.update({ where: { id: latestCycleId }, data: { validationDeadline: day(30) } });
  const latest = await db.assessment.findMany({
    where: { cycleId: latestCycleId, countryIso3: { in: [DEMO_DESK_RESEARCH.validating, DEMO_DESK_RESEARCH.corrected, DEMO_DESK_RESEARCH.drafting] } },
    select: { id: true, countryIso3: true },
  });
  for (const a of latest) {
    const status =
      a.countryIso3 === DEMO_DESK_RESEARCH.validating ? "country-validation" : a.countryIso3 === DEMO_DESK_RESEARCH.corrected ? "submitted" : "desk-research";
    await db.answer.updateMany({ where: { assessmentId: a.id }, data: sourceOf(a.countryIso3, accessed) });
    const ids = (await db.answer.findMany({ where: { assessmentId: a.id }, select: { questionId: true }, orderBy: { questionId: "asc" } })).map(
      (x) => x.questionId,
    );
    if (status === "country-validation") {
      // The first third confirmed as drafted; the rest await the focal point.
      await db.answer.updateMany({
        where: { assessmentId: a.id, questionId: { in: ids.slice(0, Math.ceil(ids.length / 3)) } },
        data: { confirmedAt: day(-2) },
      });
    }
    if (status === "submitted") {
      await db.answer.updateMany({ where: { assessmentId: a.id }, data: { confirmedAt: day(-5) } });
      // One answer corrected by the country, with its reason.
      await db.answer.updateMany({
        where: { assessmentId: a.id, questionId: ids[0] },
        data: {
          provenance: "country",
          sourceUrl: null,
          sourceTitle: null,
          sourceAccessedOn: null,
          confirmedAt: null,
          comment: "Corrected by the focal point: the decree was adopted in March (demo).",
        },
      });
    }
    await db.assessment.update({
      where: { id: a.id },
      data: { origin: "desk-research", status, submittedAt: status === "submitted" ? day(-4) : null, validatedAt: null },
    });
    await rescore(db, a.id, status);
  }

  const declined = await db.assessment.findUnique({
    where: { countryIso3_cycleId: { countryIso3: DEMO_DESK_RESEARCH.declined, cycleId: latestCycleId } },
    select: { id: true },
  });
  if (declined) {
    await db.answerChange.deleteMany({ where: { assessmentId: declined.id } });
    await db.answer.deleteMany({ where: { assessmentId: declined.id } });
    await db.assessment.update({
      where: { id: declined.id },
      data: { status: "declined", submittedAt: null, overallScore: null, tier: null, scoreJson: null, scoredHash: null, rulesVersion: null },
    });
    // The reason, where the review screen and the assessment page read it: the audit trail.
    await db.auditLog.create({
      data: {
        at: day(-3),
        action: "assessment.decline",
        entityType: "assessment",
        entityId: declined.id,
        assessmentId: declined.id,
        actorName: "Demo focal point",
        data: JSON.stringify({ from: "draft", to: "declined", reason: DECLINE_REASON }),
      },
    });
  }

  // The earlier, published cycle: its deadline is long past, and its rule shows unconfirmed desk research too.
  const earlier = await db.cycle.findUniqueOrThrow({ where: { id: earlierCycleId }, select: { closesAt: true } });
  await db.cycle.update({
    where: { id: earlierCycleId },
    data: { validationDeadline: earlier.closesAt, publicationRule: "consented-or-desk-research-past-deadline" },
  });
  const moz = await db.assessment.findUnique({
    where: { countryIso3_cycleId: { countryIso3: DEMO_DESK_RESEARCH.unconfirmed, cycleId: earlierCycleId } },
    select: { id: true },
  });
  if (moz && (await db.answer.count({ where: { assessmentId: moz.id } })) > 0) {
    await db.answer.updateMany({
      where: { assessmentId: moz.id },
      data: { ...sourceOf(DEMO_DESK_RESEARCH.unconfirmed, earlier.closesAt.toISOString().slice(0, 10)), confirmedAt: null },
    });
    await db.assessment.update({
      where: { id: moz.id },
      data: { origin: "desk-research", status: "validated-unconfirmed", publicConsentAt: null, validatedAt: earlier.closesAt },
    });
    await rescore(db, moz.id, "validated-unconfirmed");
  }
}
