import { describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "@/lib/authz/policy";
import { loadVersion } from "@/lib/files/questionnaire-files";
import type { TNormalizedQuestionnaire } from "@/lib/questionnaire/model";
import { seedCountries } from "@/lib/seed/seed-countries";
import { seedQuestionnaires } from "@/lib/seed/seed-questionnaires";
import { db } from "@/lib/server/db";
import { importQuestionnaireVersion } from "@/lib/server/questionnaires/import-questionnaire-version";
import { makeUser } from "../support/factories";
import { recordScoreOf } from "../support/assessment-fixtures";
import { recomputeStaleScores } from "@/lib/server/assessments/recompute-stale-scores";
import { parseStoredScore } from "@/lib/assessments/stored-score";
import { stagesFingerprint } from "@/lib/maturity/maturity-stages";
import { loadStoredVersion } from "@/lib/server/questionnaires/get-questionnaire-version";

const fixtures = "tests/fixtures/questionnaires/mini";

function withHash(v: TNormalizedQuestionnaire, hash: string, status = v.status): TNormalizedQuestionnaire {
  return { ...v, hash, status };
}

describe("importing questionnaire versions", () => {
  it("imports the shipped editions on start, and again without change", async () => {
    const first = await seedQuestionnaires();
    expect(Object.keys(first).sort()).toEqual(["five-pillars@2020", "five-pillars@2024"]);
    const again = await seedQuestionnaires();
    expect(Object.values(again)).toEqual(["unchanged", "unchanged"]);
    const stored = await db().questionnaireVersion.findUniqueOrThrow({
      where: { questionnaireId_version: { questionnaireId: "five-pillars", version: "2024" } },
    });
    expect(stored.questionCount).toBeGreaterThanOrEqual(80);
    expect(stored.indicatorCount).toBe(20);
    expect((JSON.parse(stored.content) as TNormalizedQuestionnaire).hash).toBe(stored.hash);
  });

  it("refuses changed content under a published version and keeps the stored one", async () => {
    const version = await loadVersion("mini@2024", { dir: fixtures });
    const published = withHash({ ...version, id: "immutable-test" }, "hash-a", "published");
    expect(await importQuestionnaireVersion(SYSTEM_ACTOR, published)).toBe("created");
    await expect(importQuestionnaireVersion(SYSTEM_ACTOR, withHash(published, "hash-b"))).rejects.toMatchObject({
      code: "conflict",
      message: expect.stringContaining("is published and its structure cannot change"),
    });
    const stored = await db().questionnaireVersion.findUniqueOrThrow({
      where: { questionnaireId_version: { questionnaireId: "immutable-test", version: version.version } },
    });
    expect(stored.hash).toBe("hash-a");
  });

  it("lets a draft change, and refuses non-admins", async () => {
    const version = await loadVersion("mini@2024", { dir: fixtures });
    const draft = withHash({ ...version, id: "draft-test" }, "hash-1", "draft");
    expect(await importQuestionnaireVersion(SYSTEM_ACTOR, draft)).toBe("created");
    expect(await importQuestionnaireVersion(SYSTEM_ACTOR, withHash(draft, "hash-2"))).toBe("updated");
    const reviewer = await makeUser("reviewer");
    await expect(importQuestionnaireVersion(reviewer, withHash(draft, "hash-3"))).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("maturity stages of a published version", () => {
  it("change in place (they never change a score), are audited, and stored scores follow them", async () => {
    const shipped = await loadVersion("five-pillars@2024");
    const version = withHash({ ...shipped, id: "stages-test", key: "stages-test@2024" }, "hash-s", "published");
    expect(await importQuestionnaireVersion(SYSTEM_ACTOR, version)).toBe("created");
    expect(await importQuestionnaireVersion(SYSTEM_ACTOR, version)).toBe("unchanged");
    const where = { questionnaireId_version: { questionnaireId: "stages-test", version: "2024" } };
    const row = await db().questionnaireVersion.findUniqueOrThrow({ where, select: { id: true } });
    const cycle = await db().cycle.create({
      data: { name: "stages test", questionnaireVersionId: row.id, opensAt: new Date("2026-01-01"), closesAt: new Date("2026-12-31") },
    });
    await seedCountries(db()); // run first on an empty database, no other file has seeded them
    const assessment = await db().assessment.create({ data: { cycleId: cycle.id, countryIso3: "GHA" } });
    await recordScoreOf(assessment.id);
    const fingerprint = async () => parseStoredScore((await db().assessment.findUniqueOrThrow({ where: { id: assessment.id } })).scoreJson)!.stagesFingerprint;
    const before = await fingerprint();

    // Dynamic CIRTs now also need every sector covered: the same version, the same hash, new stages.
    const cirts = version.indicators.findIndex((i) => i.id === "cirts");
    const stricter = structuredClone(version);
    stricter.indicators[cirts]!.stages!.dynamic.push({ question: "sectoral-cirts", in: ["in-place"] });
    expect(await importQuestionnaireVersion(SYSTEM_ACTOR, stricter)).toBe("updated");
    const stored = await db().questionnaireVersion.findUniqueOrThrow({ where, select: { hash: true, content: true } });
    expect(stored.hash).toBe("hash-s");
    expect((JSON.parse(stored.content) as TNormalizedQuestionnaire).indicators[cirts]!.stages!.dynamic).toHaveLength(
      version.indicators[cirts]!.stages!.dynamic.length + 1,
    );
    expect(await db().auditLog.count({ where: { action: "questionnaire.stages", entityId: "stages-test@2024" } })).toBe(1);
    expect((await loadStoredVersion(row.id)).indicators[cirts]!.stages!.dynamic).toHaveLength(stricter.indicators[cirts]!.stages!.dynamic.length);
    // Other tests' rows share the database, so the count is at least this one; its stored stages follow the new ones.
    expect(await recomputeStaleScores()).toBeGreaterThanOrEqual(1);
    expect(await fingerprint()).toBe(stagesFingerprint(await loadStoredVersion(row.id)));
    expect(await fingerprint()).not.toBe(before);
  });
});
