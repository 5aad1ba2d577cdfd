// The desk-research and publication operations through JSON API v1 (issue 16): the same rules as the
// pages' actions, each refused with a clear status for the wrong person or bad input, changing
// nothing then. Runs on SQLite and PostgreSQL.
import type { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as confirmRoute } from "@/app/api/v1/assessments/[id]/drafted/confirm/route";
import { POST as consentRoute } from "@/app/api/v1/assessments/[id]/public-consent/route";
import { POST as publishRoute } from "@/app/api/v1/cycles/[id]/publication/route";
import { PUT as deadlineRoute } from "@/app/api/v1/cycles/[id]/validation-deadline/route";
import { POST as evidencePublicRoute } from "@/app/api/v1/evidence/[evidenceId]/public/route";
import type { TActor } from "@/lib/authz/policy";
import { saveAnswer } from "@/lib/server/assessments/save-answer";
import { db } from "@/lib/server/db";
import { addEvidenceLink } from "@/lib/server/evidence/add-evidence-link";
import { transitionAssessment } from "@/lib/server/review/transition-assessment";
import { createApiToken } from "@/lib/server/tokens/create-api-token";
import { apiRequest, jsonOf, routeContext } from "../support/api-callers";
import { openTestCycle } from "../support/assessment-fixtures";
import { makeUser } from "../support/factories";

const SOURCE = { url: "https://www.gov.example.ls/cyber-act", title: "Computer Crime and Cybersecurity Act", accessedOn: "2026-11-02" };
const deadlineIn = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

let cycleId: string;
let ids: Record<string, string>;
let tokens: Record<"admin" | "reviewer" | "focalLso" | "focalSwz", string>;
let reviewer: TActor;
let focalLso: TActor;

const call = (route: (r: NextRequest, c: never) => Promise<Response>, token: string, path: string, method: string, body: unknown, params: object) =>
  route(apiRequest(token, path, { method, body }), routeContext(params) as never);

beforeAll(async () => {
  ({ cycleId, byCountry: ids } = await openTestCycle(["LSO", "SWZ"]));
  const admin = await makeUser("admin");
  reviewer = await makeUser("reviewer");
  focalLso = await makeUser("focal-point", { country: "LSO" });
  const focalSwz = await makeUser("focal-point", { country: "SWZ" });
  tokens = {
    admin: (await createApiToken(admin, { name: "api" })).secret,
    reviewer: (await createApiToken(reviewer, { name: "api" })).secret,
    focalLso: (await createApiToken(focalLso, { name: "api" })).secret,
    focalSwz: (await createApiToken(focalSwz, { name: "api" })).secret,
  };
});

describe("the validation deadline", () => {
  const set = (token: string, body: unknown) => call(deadlineRoute, token, `/api/v1/cycles/${cycleId}/validation-deadline`, "PUT", body, { id: cycleId });
  it("is the admin's to set; a reviewer is refused, a malformed day changes nothing", async () => {
    expect((await set(tokens.reviewer, { deadline: deadlineIn(10) })).status).toBe(403);
    expect((await set(tokens.admin, { deadline: "31/12/2026" })).status).toBe(422);
    expect((await db().cycle.findUniqueOrThrow({ where: { id: cycleId } })).validationDeadline).toBeNull();
    const res = await set(tokens.admin, { deadline: deadlineIn(10) });
    expect(res.status).toBe(200);
    expect((await jsonOf(res)).validationDeadline.slice(0, 10)).toBe(deadlineIn(10));
    expect((await set(tokens.admin, { deadline: null })).status).toBe(200);
    expect((await set(tokens.admin, { deadline: deadlineIn(10) })).status).toBe(200);
  });
});

describe("confirming drafted answers", () => {
  const confirm = (token: string, body: unknown, id = ids.LSO!) => call(confirmRoute, token, `/api/v1/assessments/${id}/drafted/confirm`, "POST", body, { id });
  it("is the focal point's, of answers ITU drafted, with a count of what still waits", async () => {
    await transitionAssessment(reviewer, ids.LSO!, "start-desk-research");
    for (const q of ["national-cirt", "national-strategy-adopted", "data-protection-law"])
      await saveAnswer(reviewer, ids.LSO!, q, { value: "in-place", revision: 0, source: SOURCE });
    await transitionAssessment(reviewer, ids.LSO!, "send-for-validation");

    expect((await confirm(tokens.focalSwz, { questionIds: ["national-cirt"] })).status).toBe(404);
    expect((await confirm(tokens.reviewer, { questionIds: ["national-cirt"] })).status).toBe(403);
    expect((await confirm(tokens.focalLso, { questionIds: [] })).status).toBe(422);
    expect(await db().answer.count({ where: { assessmentId: ids.LSO!, confirmedAt: { not: null } } })).toBe(0);

    const res = await confirm(tokens.focalLso, { questionIds: ["national-cirt", "national-strategy-adopted"] });
    expect(res.status).toBe(200);
    expect(await jsonOf(res)).toEqual({ confirmed: 2, unconfirmed: 1 });
  });
});

describe("publication", () => {
  const consent = (token: string, body: unknown, id = ids.SWZ!) => call(consentRoute, token, `/api/v1/assessments/${id}/public-consent`, "POST", body, { id });
  const publish = (token: string, body: unknown) => call(publishRoute, token, `/api/v1/cycles/${cycleId}/publication`, "POST", body, { id: cycleId });

  it("the focal point agrees and withdraws; nobody else decides for the country", async () => {
    expect((await consent(tokens.focalLso, { consent: true })).status).toBe(404);
    expect((await consent(tokens.reviewer, { consent: true })).status).toBe(403);
    expect((await consent(tokens.focalSwz, { consent: "yes" })).status).toBe(422);
    const agreed = await consent(tokens.focalSwz, { consent: true });
    expect(agreed.status).toBe(200);
    expect((await jsonOf(agreed)).publicConsentAt).toEqual(expect.any(String));
    expect(await jsonOf(await consent(tokens.focalSwz, { consent: false }))).toEqual({ publicConsentAt: null });
  });

  it("the focal point marks a link public; a document never is", async () => {
    const evidence = await addEvidenceLink(focalLso, ids.LSO!, { questionId: "national-cirt", url: "https://cirt.example.ls" });
    const file = await db().evidence.create({
      data: { assessmentId: ids.LSO!, questionId: "national-cirt", kind: "file", fileName: "a.pdf", size: 1, mimeType: "application/pdf", storageKey: "t/a" },
    });
    const mark = (token: string, evidenceId: string, body: unknown) =>
      call(evidencePublicRoute, token, `/api/v1/evidence/${evidenceId}/public`, "POST", body, { evidenceId });
    expect((await mark(tokens.focalSwz, evidence.id, { isPublic: true })).status).toBe(404);
    expect((await mark(tokens.focalLso, file.id, { isPublic: true })).status).toBe(422);
    expect(await jsonOf(await mark(tokens.focalLso, evidence.id, { isPublic: true }))).toEqual({ id: evidence.id, isPublic: true });
    expect((await db().evidence.findUniqueOrThrow({ where: { id: file.id } })).isPublic).toBe(false);
  });

  it("an admin publishes under a rule and withdraws; a reviewer cannot, an unknown rule changes nothing", async () => {
    expect((await publish(tokens.reviewer, { action: "publish", rule: "consented" })).status).toBe(403);
    expect((await publish(tokens.admin, { action: "publish", rule: "everyone" })).status).toBe(422);
    expect((await db().cycle.findUniqueOrThrow({ where: { id: cycleId } })).publishedAt).toBeNull();
    const res = await publish(tokens.admin, { action: "publish", rule: "consented-or-desk-research-past-deadline" });
    expect(res.status).toBe(200);
    expect(await jsonOf(res)).toMatchObject({ publishedAt: expect.any(String), publicationRule: "consented-or-desk-research-past-deadline" });
    expect(await jsonOf(await publish(tokens.admin, { action: "withdraw" }))).toMatchObject({ publishedAt: null });
    expect(await db().auditLog.count({ where: { entityId: cycleId, action: { in: ["cycle.publish", "cycle.withdraw"] } } })).toBe(2);
  });
});
