// The evidence API as a client sees it: bearer tokens, multipart uploads, download headers.
import { randomUUID } from "node:crypto";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import * as evidenceRoute from "@/app/api/v1/assessments/[id]/evidence/route";
import * as itemRoute from "@/app/api/v1/evidence/[evidenceId]/route";
import { SYSTEM_ACTOR, type TActor } from "@/lib/authz/policy";
import { seedCountries } from "@/lib/seed/seed-countries";
import { seedQuestionnaires } from "@/lib/seed/seed-questionnaires";
import { openCycle } from "@/lib/server/cycles/open-cycle";
import { db } from "@/lib/server/db";
import { loadStoredVersion } from "@/lib/server/questionnaires/get-questionnaire-version";
import { createApiToken } from "@/lib/server/tokens/create-api-token";
import { MINIMAL_PDF, WINDOWS_EXE } from "../support/evidence-files";
import { makeUser } from "../support/factories";

let ken: string;
let questionId: string;
let focalToken: string;
let reviewerToken: string;
let otherToken: string;

const base = "http://localhost:3000/api/v1";
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const tokenFor = async (actor: TActor) => (await createApiToken(actor, { name: "evidence tests" })).secret;

function upload(token: string, fields: Record<string, string | File>) {
  const body = new FormData();
  for (const [k, v] of Object.entries(fields)) body.set(k, v);
  const request = new NextRequest(`${base}/assessments/${ken}/evidence`, { method: "POST", headers: bearer(token), body });
  return evidenceRoute.POST(request, { params: Promise.resolve({ id: ken }) });
}
const postJson = (token: string, json: unknown) =>
  evidenceRoute.POST(
    new NextRequest(`${base}/assessments/${ken}/evidence`, {
      method: "POST",
      headers: { ...bearer(token), "content-type": "application/json" },
      body: JSON.stringify(json),
    }),
    {
      params: Promise.resolve({ id: ken }),
    },
  );
const list = (token: string) =>
  evidenceRoute.GET(new NextRequest(`${base}/assessments/${ken}/evidence`, { headers: bearer(token) }), { params: Promise.resolve({ id: ken }) });
const item = (method: "GET" | "DELETE", token: string, evidenceId: string) =>
  itemRoute[method](new NextRequest(`${base}/evidence/${evidenceId}`, { method, headers: bearer(token) }), { params: Promise.resolve({ evidenceId }) });

beforeAll(async () => {
  await seedCountries(db());
  await seedQuestionnaires();
  const { cycleId } = await openCycle(SYSTEM_ACTOR, {
    name: `Evidence routes ${randomUUID().slice(0, 8)}`,
    questionnaireKey: "five-pillars@2024",
    opensOn: "2020-01-01",
    closesOn: "2099-12-31",
    scope: "list",
    countries: ["KEN", "FRA"],
  });
  const assessment = await db().assessment.findFirstOrThrow({ where: { cycleId, countryIso3: "KEN" }, include: { cycle: true } });
  ken = assessment.id;
  const version = await loadStoredVersion(assessment.cycle.questionnaireVersionId);
  questionId = Object.values(version.questionById).find((q) => q.pillar === "legal")!.id;
  focalToken = await tokenFor(await makeUser("focal-point", { country: "KEN" }));
  reviewerToken = await tokenFor(await makeUser("reviewer"));
  otherToken = await tokenFor(await makeUser("focal-point", { country: "FRA" }));
});

describe("the evidence API", () => {
  it("uploads a document as multipart and downloads it as a typed, sniff-proof attachment", async () => {
    const res = await upload(focalToken, { questionId, file: new File([MINIMAL_PDF], "Loi cybersécurité.pdf", { type: "text/html" }) });
    expect(res.status).toBe(200);
    const { evidence } = (await res.json()) as { evidence: { id: string; mimeType: string; fileName: string } };
    expect(evidence).toMatchObject({ mimeType: "application/pdf", fileName: "Loi cybersécurité.pdf" });

    const download = await item("GET", reviewerToken, evidence.id);
    expect(download.status).toBe(200);
    expect(download.headers.get("content-type")).toBe("application/pdf");
    expect(download.headers.get("x-content-type-options")).toBe("nosniff");
    expect(download.headers.get("content-disposition")).toBe(
      `attachment; filename="Loi cybers_curit_.pdf"; filename*=UTF-8''Loi%20cybers%C3%A9curit%C3%A9.pdf`,
    );
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(MINIMAL_PDF);
    expect(download.headers.get("x-frame-options")).toBe("DENY");

    // Reviewers preview PDFs inside the review screen: inline, framable by our own pages only.
    const preview = await itemRoute.GET(new NextRequest(`${base}/evidence/${evidence.id}?view=inline`, { headers: bearer(reviewerToken) }), {
      params: Promise.resolve({ evidenceId: evidence.id }),
    });
    expect(preview.headers.get("content-disposition")).toBe("inline");
    expect(preview.headers.get("x-frame-options")).toBe("SAMEORIGIN");
    expect(preview.headers.get("content-security-policy")).toBe("frame-ancestors 'self'");
    expect(
      (
        await itemRoute.GET(new NextRequest(`${base}/evidence/${evidence.id}?view=inline`, { headers: bearer(otherToken) }), {
          params: Promise.resolve({ evidenceId: evidence.id }),
        })
      ).status,
    ).toBe(404);
    expect((await item("GET", otherToken, evidence.id)).status).toBe(404);
  });

  it("adds a link from JSON, lists it, and removes it", async () => {
    const added = await postJson(focalToken, { questionId, url: "https://example.org/strategy" });
    expect(added.status).toBe(200);
    const { evidence } = (await added.json()) as { evidence: { id: string } };
    const listed = (await (await list(reviewerToken)).json()) as { evidence: Record<string, { id: string }[]> };
    expect(listed.evidence[questionId]?.map((i) => i.id)).toContain(evidence.id);
    expect((await item("GET", focalToken, evidence.id)).status).toBe(404); // a link has no file
    expect((await item("DELETE", reviewerToken, evidence.id)).status).toBe(403);
    expect((await item("DELETE", focalToken, evidence.id)).status).toBe(200);
    expect((await item("DELETE", focalToken, evidence.id)).status).toBe(404);
  });

  it("answers refusals with the right status and a readable message", async () => {
    const exe = await upload(focalToken, { questionId, file: new File([WINDOWS_EXE], "manual.pdf") });
    expect(exe.status).toBe(422);
    expect(((await exe.json()) as { error: { message: string } }).error.message).toBe("The file is not a PDF, Office document or image (detected: executable)");
    expect((await postJson(focalToken, { questionId, url: "javascript:alert(1)" })).status).toBe(422);
    expect((await upload(focalToken, { questionId })).status).toBe(422);
    expect((await upload(reviewerToken, { questionId, file: new File([MINIMAL_PDF], "a.pdf") })).status).toBe(403);
    expect((await upload(otherToken, { questionId, file: new File([MINIMAL_PDF], "a.pdf") })).status).toBe(404);
    expect((await list(otherToken)).status).toBe(404);
    const anonymous = await evidenceRoute.GET(new NextRequest(`${base}/assessments/${ken}/evidence`), { params: Promise.resolve({ id: ken }) });
    expect(anonymous.status).toBe(401);
  });

  it("refuses an oversized upload from its Content-Length, before reading the body", async () => {
    const request = new NextRequest(`${base}/assessments/${ken}/evidence`, {
      method: "POST",
      headers: { ...bearer(focalToken), "content-type": "multipart/form-data; boundary=x", "content-length": String(30 * 1024 * 1024) },
      body: "--x--",
    });
    const res = await evidenceRoute.POST(request, { params: Promise.resolve({ id: ken }) });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/larger than 20 MB/);
  });
});
