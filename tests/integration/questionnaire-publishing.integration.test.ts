import { describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "@/lib/authz/policy";
import { loadVersion } from "@/lib/files/questionnaire-files";
import type { TNormalizedQuestionnaire } from "@/lib/questionnaire/model";
import { seedQuestionnaires } from "@/lib/seed/seed-questionnaires";
import { db } from "@/lib/server/db";
import { importQuestionnaireVersion } from "@/lib/server/questionnaires/import-questionnaire-version";
import { makeUser } from "../support/factories";

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
