import { beforeAll, describe, expect, it } from "vitest";
import type { TActor } from "@/lib/authz/policy";
import { carryForwardAssessment } from "@/lib/server/assessments/carry-forward-assessment";
import { confirmCarried } from "@/lib/server/assessments/confirm-carried";
import { saveAnswer } from "@/lib/server/assessments/save-answer";
import { checkSubmission } from "@/lib/server/assessments/submit-assessment";
import { db } from "@/lib/server/db";
import { inviteContributor } from "@/lib/server/team/invite-contributor";
import { listTeam } from "@/lib/server/team/list-team";
import { removeContributor } from "@/lib/server/team/remove-contributor";
import { setContributorPillars } from "@/lib/server/team/set-contributor-pillars";
import { openTestCycle } from "../support/assessment-fixtures";
import { makeUser } from "../support/factories";

let focal: TActor;
beforeAll(async () => {
  focal = await makeUser("focal-point", { country: "BRA" });
});

describe("carry-forward from the previous validated assessment", () => {
  it("prefills through the crosswalk, marks carried answers, and requires their confirmation", async () => {
    const old = (await openTestCycle(["BRA"], { questionnaire: "five-pillars@2020", opensOn: "2020-01-01" })).byCountry.BRA!;
    await saveAnswer(focal, old, "national-cirt", { value: "yes", revision: 0 });
    await saveAnswer(focal, old, "data-protection-law", { value: "no", revision: 0 });
    await db().assessment.update({ where: { id: old }, data: { status: "validated" } });

    const next = (await openTestCycle(["BRA"], { questionnaire: "five-pillars@2024", opensOn: "2024-01-01" })).byCountry.BRA!;
    const result = await carryForwardAssessment(focal, next);
    expect(result.carried).toBeGreaterThanOrEqual(2);
    const cirt = await db().answer.findUniqueOrThrow({ where: { assessmentId_questionId: { assessmentId: next, questionId: "national-cirt" } } });
    expect([JSON.parse(cirt.value), cirt.carriedForward]).toEqual(["in-place", true]);
    expect((await checkSubmission(focal, next)).filter((p) => p.kind === "carried-unconfirmed").map((p) => p.questionId)).toContain("national-cirt");

    await confirmCarried(focal, next, ["national-cirt"]);
    expect((await checkSubmission(focal, next)).some((p) => p.questionId === "national-cirt" && p.kind === "carried-unconfirmed")).toBe(false);
    // Saving a carried answer unchanged confirms it as well.
    const dpl = await db().answer.findUniqueOrThrow({ where: { assessmentId_questionId: { assessmentId: next, questionId: "data-protection-law" } } });
    await saveAnswer(focal, next, "data-protection-law", { value: JSON.parse(dpl.value), revision: dpl.revision });
    expect((await db().answer.findUniqueOrThrow({ where: { id: dpl.id } })).carriedForward).toBe(false);

    await expect(carryForwardAssessment(focal, next)).rejects.toMatchObject({ code: "conflict" });
  });

  it("carries what was validated: the reviewer's adjusted value, also from a result validated without the country's confirmation", async () => {
    const focalUry = await makeUser("focal-point", { country: "URY" });
    const old = (await openTestCycle(["URY"], { opensOn: "2022-01-01" })).byCountry.URY!;
    await saveAnswer(focalUry, old, "national-cirt", { value: "in-place", revision: 0 });
    await saveAnswer(focalUry, old, "data-protection-law", { value: "in-place", revision: 0 });
    // The reviewer found the law in force for some sectors only: the validated score counted their value.
    await db().answerReview.create({
      data: {
        assessmentId: old,
        questionId: "data-protection-law",
        state: "adjusted",
        adjustedValue: JSON.stringify("partially-in-place"),
        reason: "Sectoral law only",
      },
    });
    await db().assessment.update({ where: { id: old }, data: { status: "validated-unconfirmed" } });

    const next = (await openTestCycle(["URY"], { opensOn: "2024-01-01" })).byCountry.URY!;
    expect(await carryForwardAssessment(focalUry, next)).toMatchObject({ carried: 2 });
    const carried = await db().answer.findMany({ where: { assessmentId: next }, select: { questionId: true, value: true, carriedForward: true } });
    expect(Object.fromEntries(carried.map((a) => [a.questionId, [JSON.parse(a.value), a.carriedForward]]))).toEqual({
      "national-cirt": ["in-place", true],
      "data-protection-law": ["partially-in-place", true],
    });
  });

  it("carry-forwards and a first save fired at once: exactly one wins, and nothing of the others is stored", async () => {
    const focalPer = await makeUser("focal-point", { country: "PER" });
    const old = (await openTestCycle(["PER"], { opensOn: "2022-01-01" })).byCountry.PER!;
    for (const q of ["national-cirt", "data-protection-law", "lead-agency"]) await saveAnswer(focalPer, old, q, { value: "in-place", revision: 0 });
    await db().assessment.update({ where: { id: old }, data: { status: "validated" } });
    const next = (await openTestCycle(["PER"], { opensOn: "2024-01-01" })).byCountry.PER!;

    const outcomes = await Promise.allSettled([
      carryForwardAssessment(focalPer, next),
      carryForwardAssessment(focalPer, next),
      carryForwardAssessment(focalPer, next),
      saveAnswer(focalPer, next, "national-cirt", { value: "not-in-place", revision: 0 }),
    ]);
    const won = outcomes.flatMap((o, i) => (o.status === "fulfilled" ? [i] : []));
    expect(won).toHaveLength(1);
    for (const o of outcomes) if (o.status === "rejected") expect(o.reason).toMatchObject({ code: "conflict" });
    const stored = await db().answer.findMany({ where: { assessmentId: next }, select: { questionId: true, value: true, carriedForward: true } });
    if (won[0] === 3) expect(stored).toEqual([{ questionId: "national-cirt", value: JSON.stringify("not-in-place"), carriedForward: false }]);
    else {
      expect(stored).toHaveLength(3);
      expect(stored.every((a) => a.carriedForward && a.value === JSON.stringify("in-place"))).toBe(true);
    }
  });

  it("refuses without a previous validated assessment, and for anyone but the focal point", async () => {
    const lonely = await makeUser("focal-point", { country: "CHL" });
    const a = (await openTestCycle(["CHL"], { opensOn: "2024-01-01" })).byCountry.CHL!;
    await expect(carryForwardAssessment(lonely, a)).rejects.toMatchObject({ code: "not-found" });
    const contributor = await makeUser("contributor", { country: "CHL", pillars: ["legal"] });
    await expect(carryForwardAssessment(contributor, a)).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("delegation", () => {
  it("a focal point invites a contributor for chosen pillars, changes them and removes them", async () => {
    const created = await inviteContributor(focal, { email: `colleague.${Date.now()}@test.example.org`, name: "Colleague", pillars: ["legal"] });
    expect(created.oneTimePassword).toBeTruthy();
    const team = await listTeam(focal);
    const member = team.members.find((m) => m.user.email === created.email)!;
    expect(member).toMatchObject({ role: "contributor", pillars: ["legal"] });
    await setContributorPillars(focal, { grantId: member.id, pillars: ["legal", "cooperation"] });
    expect((await listTeam(focal)).members.find((m) => m.id === member.id)?.pillars).toEqual(["legal", "cooperation"]);

    const otherFocal = await makeUser("focal-point", { country: "ARG" });
    await expect(setContributorPillars(otherFocal, { grantId: member.id, pillars: ["technical"] })).rejects.toMatchObject({ code: "not-found" });
    await expect(listTeam(await makeUser("reviewer"))).rejects.toMatchObject({ code: "forbidden" });
    await removeContributor(focal, { grantId: member.id });
    expect((await listTeam(focal)).members.some((m) => m.id === member.id)).toBe(false);
  });
});
