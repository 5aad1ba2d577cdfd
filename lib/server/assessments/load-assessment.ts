import "server-only";
import { pillarScope } from "../../authz/pillar-scope";
import { canViewCountry, readablePillars, type TActor } from "../../authz/policy";
import type { TAnswers } from "../../questionnaire/model";
import { db } from "../db";
import { notFound } from "../errors";
import { loadStoredVersion } from "../questionnaires/get-questionnaire-version";

/**
 * An assessment the actor may see, with its questionnaire version and current answers. Another
 * country's assessment is "not found", never "forbidden", so existence does not leak. `answers`
 * and `assessment.answers` hold every pillar (scores need them all); `scope` says which pillars the
 * actor may read, and every caller that returns answers, comments or evidence filters with it.
 */
export async function loadAssessment(actor: TActor, id: string) {
  const assessment = await db().assessment.findUnique({
    where: { id },
    include: {
      cycle: {
        select: {
          id: true,
          name: true,
          opensAt: true,
          closesAt: true,
          questionnaireVersionId: true,
          publishedAt: true,
          publicationRule: true,
          validationDeadline: true,
        },
      },
      country: { select: { iso3: true, nameEn: true, nameFr: true, nameAr: true, nameZh: true, nameRu: true, nameEs: true, ituRegion: true } },
      answers: {
        select: {
          questionId: true,
          value: true,
          revision: true,
          comment: true,
          carriedForward: true,
          updatedAt: true,
          updatedById: true,
          provenance: true,
          sourceUrl: true,
          sourceTitle: true,
          sourceAccessedOn: true,
          sourceExcerpt: true,
          confirmedAt: true,
        },
      },
    },
  });
  if (!assessment || !canViewCountry(actor, assessment.countryIso3)) throw notFound("Assessment not found");
  const version = await loadStoredVersion(assessment.cycle.questionnaireVersionId);
  const answers: TAnswers = {};
  for (const a of assessment.answers) answers[a.questionId] = JSON.parse(a.value);
  return { assessment, version, answers, scope: pillarScope(version, readablePillars(actor, assessment.countryIso3)) };
}
export type TLoadedAssessment = Awaited<ReturnType<typeof loadAssessment>>;
