import "server-only";
import { VALIDATED_STATUSES } from "../../authz/assessment-rules";
import { isAdmin, type TActor } from "../../authz/policy";
import { ZOpenCycle, type TOpenCycleInput } from "../../assessments/cycle-schemas";
import { isPublic } from "../../assessments/publication";
import { parseVersionKey } from "../../questionnaire/version-key";
import { audit } from "../audit";
import { db } from "../db";
import { AppError, forbidden } from "../errors";

/** Opens a cycle on a published version and creates each participating country's draft assessment. */
export async function openCycle(actor: TActor, raw: TOpenCycleInput): Promise<{ cycleId: string; assessments: number }> {
  if (!isAdmin(actor)) throw forbidden("Only admins open assessment cycles");
  const input = ZOpenCycle.parse(raw);
  const key = parseVersionKey(input.questionnaireKey)!;
  const version = await db().questionnaireVersion.findUnique({
    where: { questionnaireId_version: { questionnaireId: key.id, version: key.version } },
    select: { id: true, status: true },
  });
  if (!version) throw new AppError("invalid", `Unknown questionnaire version ${input.questionnaireKey}`, { questionnaireKey: "Unknown version" });
  if (version.status !== "published") {
    throw new AppError("invalid", "Cycles run on published versions only: publish the draft first", { questionnaireKey: "Not published" });
  }
  const countries = await db().country.findMany({
    where: input.scope === "all" ? {} : input.scope === "region" ? { ituRegion: input.region } : { iso3: { in: input.countries } },
    select: { iso3: true },
  });
  const unknown = input.scope === "list" ? input.countries.filter((c) => !countries.some((k) => k.iso3 === c)) : [];
  if (unknown.length > 0) throw new AppError("invalid", `Unknown countries: ${unknown.join(", ")}`, { countries: `Unknown: ${unknown.join(", ")}` });
  if (await db().cycle.findUnique({ where: { name: input.name } })) {
    throw new AppError("conflict", `A cycle named "${input.name}" exists already`, { name: "This name is taken" });
  }
  return db().$transaction(async (tx) => {
    const cycle = await tx.cycle.create({
      data: {
        name: input.name,
        questionnaireVersionId: version.id,
        opensAt: new Date(`${input.opensOn}T00:00:00Z`),
        closesAt: new Date(`${input.closesOn}T23:59:59Z`),
        createdById: actor.via === "system" ? null : actor.userId,
      },
    });
    await tx.assessment.createMany({ data: countries.map((c) => ({ countryIso3: c.iso3, cycleId: cycle.id, status: "draft" })) });
    await audit(tx, actor, {
      action: "cycle.open",
      entityType: "cycle",
      entityId: cycle.id,
      data: { name: input.name, questionnaire: input.questionnaireKey, countries: countries.length },
    });
    return { cycleId: cycle.id, assessments: countries.length };
  });
}

/** Cycles for the admin page, each with how many validated results are, or on publication would be, public. */
export async function listCycles(actor: TActor) {
  if (!isAdmin(actor)) throw forbidden("Only admins manage cycles");
  const cycles = await db().cycle.findMany({
    orderBy: { opensAt: "desc" },
    select: {
      id: true,
      name: true,
      opensAt: true,
      closesAt: true,
      publishedAt: true,
      publicationRule: true,
      validationDeadline: true,
      questionnaireVersion: { select: { questionnaireId: true, version: true } },
      _count: { select: { assessments: true } },
    },
  });
  const validated = await db().assessment.findMany({
    where: { status: { in: [...VALIDATED_STATUSES] } },
    select: { cycleId: true, status: true, origin: true, publicConsentAt: true },
  });
  const now = new Date();
  return cycles.map((c) => {
    const mine = validated.filter((a) => a.cycleId === c.id);
    // As if published now under the cycle's rule: what the admin is about to make public.
    const asPublished = { ...c, publishedAt: c.publishedAt ?? now };
    return { ...c, validated: mine.length, publicCount: mine.filter((a) => isPublic(asPublished, a, now)).length };
  });
}
