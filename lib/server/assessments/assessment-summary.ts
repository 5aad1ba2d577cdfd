import "server-only";
import type { Prisma } from "../../generated/prisma/client";
import { canViewCountry, type TActor } from "../../authz/policy";
import { db } from "../db";
import { notFound } from "../errors";

const summarySelect = {
  id: true,
  status: true,
  countryIso3: true,
  country: { select: { iso3: true, nameEn: true, nameFr: true, nameAr: true, nameZh: true, nameRu: true, nameEs: true } },
  cycle: { select: { id: true, name: true } },
} satisfies Prisma.AssessmentSelect;

/**
 * Country, cycle and status of an assessment the actor may see, without its questionnaire or
 * answers: enough for page headings and download names. Another country's is "not found".
 */
export async function assessmentSummary(actor: TActor, id: string) {
  const assessment = await db().assessment.findUnique({ where: { id }, select: summarySelect });
  if (!assessment || !canViewCountry(actor, assessment.countryIso3)) throw notFound("Assessment not found");
  return assessment;
}
