import { beforeAll, describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "@/lib/authz/policy";
import { loadVersion } from "@/lib/files/questionnaire-files";
import { seedCountries } from "@/lib/seed/seed-countries";
import { seedQuestionnaires } from "@/lib/seed/seed-questionnaires";
import { openCycle } from "@/lib/server/cycles/open-cycle";
import { db } from "@/lib/server/db";
import { importQuestionnaireVersion } from "@/lib/server/questionnaires/import-questionnaire-version";
import { makeUser } from "../support/factories";

const base = { questionnaireKey: "five-pillars@2024", opensOn: "2026-01-01", closesOn: "2026-06-30" };
let n = 0;
const name = () => `Cycle ${Date.now()}-${n++}`;

beforeAll(async () => {
  await seedCountries(db());
  await seedQuestionnaires();
});

describe("opening an assessment cycle", () => {
  it("creates one draft assessment per participating country, for all, a region or a list", async () => {
    const all = await openCycle(SYSTEM_ACTOR, { ...base, name: name(), scope: "all" });
    expect(all.assessments).toBe(194);
    const africa = await openCycle(SYSTEM_ACTOR, { ...base, name: name(), scope: "region", region: "africa" });
    expect(africa.assessments).toBe(44);
    const list = await openCycle(SYSTEM_ACTOR, { ...base, name: name(), scope: "list", countries: ["ken", "FRA"] });
    const rows = await db().assessment.findMany({ where: { cycleId: list.cycleId }, orderBy: { countryIso3: "asc" } });
    expect(rows.map((r) => [r.countryIso3, r.status])).toEqual([
      ["FRA", "draft"],
      ["KEN", "draft"],
    ]);
    const cycle = await db().cycle.findUniqueOrThrow({ where: { id: list.cycleId } });
    expect(cycle.closesAt.toISOString()).toBe("2026-06-30T23:59:59.000Z");
    expect(await db().auditLog.count({ where: { entityId: list.cycleId, action: "cycle.open" } })).toBe(1);
  });

  it.each([
    [{ scope: "list", countries: ["KEN", "XYZ"] }, "invalid", /Unknown countries: XYZ/],
    [{ scope: "region" }, "ZodError", /Choose a region/],
    [{ scope: "all", closesOn: "2025-12-31" }, "ZodError", /close after it opens/],
    [{ scope: "all", questionnaireKey: "five-pillars@1999" }, "invalid", /Unknown questionnaire version/],
  ] as const)("refuses %o and creates nothing", async (input, kind, message) => {
    // Counted by its name: other files open cycles of their own meanwhile.
    const attempted = name();
    const error = await openCycle(SYSTEM_ACTOR, { ...base, name: attempted, ...input } as Parameters<typeof openCycle>[1]).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect(kind === "ZodError" ? (error as Error).name : (error as unknown as { code: string }).code).toBe(kind);
    expect(String((error as Error).message)).toMatch(message);
    expect(await db().cycle.count({ where: { name: attempted } })).toBe(0);
  });

  it("refuses draft questionnaire versions, duplicate names and non-admins", async () => {
    const mini = await loadVersion("mini@2024", { dir: "tests/fixtures/questionnaires/mini" });
    await importQuestionnaireVersion(SYSTEM_ACTOR, { ...mini, id: "cycle-draft", status: "draft", key: "cycle-draft@2024" });
    await expect(openCycle(SYSTEM_ACTOR, { ...base, name: name(), scope: "all", questionnaireKey: "cycle-draft@2024" })).rejects.toMatchObject({
      code: "invalid",
    });
    const taken = name();
    await openCycle(SYSTEM_ACTOR, { ...base, name: taken, scope: "list", countries: ["KEN"] });
    await expect(openCycle(SYSTEM_ACTOR, { ...base, name: taken, scope: "list", countries: ["KEN"] })).rejects.toMatchObject({ code: "conflict" });
    const reviewer = await makeUser("reviewer");
    await expect(openCycle(reviewer, { ...base, name: name(), scope: "all" })).rejects.toMatchObject({ code: "forbidden" });
  });
});
