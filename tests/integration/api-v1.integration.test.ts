// Every JSON API v1 route, called as Next calls it, for each role (bearer tokens, as integrations do).
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getAssessment } from "@/app/api/v1/assessments/[id]/route";
import { PUT as putAnswer } from "@/app/api/v1/assessments/[id]/answers/[questionId]/route";
import { POST as submit } from "@/app/api/v1/assessments/[id]/submit/route";
import { GET as listAssessments } from "@/app/api/v1/assessments/route";
import { GET as me } from "@/app/api/v1/me/route";
import { GET as openapi } from "@/app/api/v1/openapi.json/route";
import type { TRole } from "@/lib/authz/policy";
import { createApiToken } from "@/lib/server/tokens/create-api-token";
import { openTestCycle } from "../support/assessment-fixtures";
import { makeUser } from "../support/factories";

type TWho = "admin" | "reviewer" | "focalKen" | "focalFra" | "contributorKen" | "anonymous";
const tokens = {} as Record<TWho, string | undefined>;
let ken: string;
let fra: string;
let cycleId: string;

function call(who: TWho, path: string, init: { method?: string; body?: unknown; raw?: string } = {}) {
  const headers = new Headers({ "content-type": "application/json" });
  if (tokens[who]) headers.set("authorization", `Bearer ${tokens[who]}`);
  const body = init.raw ?? (init.body === undefined ? undefined : JSON.stringify(init.body));
  return new NextRequest(new URL(path, "http://localhost:3000"), { method: init.method ?? "GET", headers, body });
}
const ctx = <P>(params: P) => ({ params: Promise.resolve(params) });
const status = async (res: Response) => [res.status, (await res.clone().json()) as { error?: { code: string; details?: unknown } }] as const;

beforeAll(async () => {
  const cycle = await openTestCycle(["KEN", "FRA"]);
  ken = cycle.byCountry.KEN!;
  fra = cycle.byCountry.FRA!;
  cycleId = cycle.cycleId;
  const people: [TWho, TRole, { country?: string; pillars?: ("legal" | "technical")[] }][] = [
    ["admin", "admin", {}],
    ["reviewer", "reviewer", {}],
    ["focalKen", "focal-point", { country: "KEN" }],
    ["focalFra", "focal-point", { country: "FRA" }],
    ["contributorKen", "contributor", { country: "KEN", pillars: ["legal", "technical"] }],
  ];
  for (const [who, role, opts] of people) tokens[who] = (await createApiToken(await makeUser(role, opts), { name: "api test" })).secret;
});

describe("GET /api/v1/me and /openapi.json", () => {
  it("tells a token's owner and refuses anonymous calls", async () => {
    expect((await me(call("focalKen", "/api/v1/me"), ctx({}))).status).toBe(200);
    const [code, body] = await status(await me(call("anonymous", "/api/v1/me"), ctx({})));
    expect([code, body.error?.code]).toEqual([401, "unauthenticated"]);
  });

  it("describes every route", async () => {
    const doc = await (await openapi()).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/assessments", "/assessments/{id}", "/assessments/{id}/answers/{questionId}", "/assessments/{id}/submit"]),
    );
    expect(doc.components.schemas.SaveAnswer.properties.revision).toBeDefined();
  });
});

describe("GET /api/v1/assessments", () => {
  it.each([
    ["admin", ["FRA", "KEN"]],
    ["reviewer", ["FRA", "KEN"]],
    ["focalKen", ["KEN"]],
    ["focalFra", ["FRA"]],
    ["contributorKen", ["KEN"]],
  ] as const)("%s sees %j", async (who, countries) => {
    // Other files' cycles share the database: this file's cycle, so they all fit on one page.
    const body = await (await listAssessments(call(who, `/api/v1/assessments?cycle=${cycleId}`), ctx({}))).json();
    const mine = body.assessments
      .filter((a: { id: string }) => a.id === ken || a.id === fra)
      .map((a: { countryIso3: string }) => a.countryIso3)
      .sort();
    expect(mine).toEqual(countries);
  });
});

describe("GET /api/v1/assessments/{id}", () => {
  it.each([
    ["admin", 200],
    ["reviewer", 200],
    ["focalKen", 200],
    ["contributorKen", 200],
    ["focalFra", 404],
    ["anonymous", 401],
  ] as const)("%s reading Kenya gets %i", async (who, expected) => {
    expect((await getAssessment(call(who, `/api/v1/assessments/${ken}`), ctx({ id: ken }))).status).toBe(expected);
  });
});

describe("PUT /api/v1/assessments/{id}/answers/{questionId}", () => {
  const put = (who: TWho, questionId: string, body: unknown, id = () => ken) =>
    putAnswer(call(who, `/api/v1/assessments/${id()}/answers/${questionId}`, { method: "PUT", body }), ctx({ id: id(), questionId }));

  it.each([
    ["focalKen", "national-cirt", 200],
    ["contributorKen", "data-protection-law", 200],
    ["contributorKen", "national-strategy-adopted", 403],
    ["focalFra", "lead-agency", 404],
    ["reviewer", "lead-agency", 403],
    ["admin", "lead-agency", 403],
    ["anonymous", "lead-agency", 401],
  ] as const)("%s saving %s gets %i", async (who, questionId, expected) => {
    expect((await put(who, questionId, { value: "in-place", revision: 0 })).status).toBe(expected);
  });

  it("answers 422 for a wrong value, 400 for malformed JSON, 409 with both values for a stale revision", async () => {
    const [bad, badBody] = await status(await put("focalKen", "lead-agency", { value: "maybe", revision: 0 }));
    expect([bad, badBody.error?.code]).toEqual([422, "invalid"]);
    expect((await put("focalKen", "lead-agency", { revision: 0 })).status).toBe(422);
    const malformed = await putAnswer(
      call("focalKen", `/api/v1/assessments/${ken}/answers/lead-agency`, { method: "PUT", raw: "{not json" }),
      ctx({ id: ken, questionId: "lead-agency" }),
    );
    expect(malformed.status).toBe(400);
    await put("focalKen", "ciip-obligations", { value: "in-place", revision: 0 });
    const [stale, staleBody] = await status(await put("contributorKen", "ciip-obligations", { value: "not-in-place", revision: 0 }));
    expect(stale).toBe(409);
    expect(staleBody.error?.details).toMatchObject({ current: { value: "in-place", revision: 1 } });
  });
});

describe("POST /api/v1/assessments/{id}/submit", () => {
  it.each([
    ["contributorKen", 403],
    ["reviewer", 403],
    ["admin", 403],
    ["focalFra", 404],
    ["anonymous", 401],
    ["focalKen", 422],
  ] as const)("%s submitting an incomplete Kenya assessment gets %i", async (who, expected) => {
    const res = await submit(call(who, `/api/v1/assessments/${ken}/submit`, { method: "POST" }), ctx({ id: ken }));
    expect(res.status).toBe(expected);
    if (expected === 422) expect(((await res.json()).error.details as { problems: unknown[] }).problems.length).toBeGreaterThan(0);
  });
});
