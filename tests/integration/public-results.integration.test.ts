// Public results (issue 16, item 3): an admin publishes a cycle, and only validated results whose
// focal point agreed (or, under the cycle's rule, desk research past its deadline) reach the open
// pages and API; never a draft, an unpublished cycle, an answer, a comment, a file or a name.
// Runs on SQLite and PostgreSQL with the rest of the integration suite.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as publicCountryRoute } from "@/app/api/v1/public/countries/[iso3]/route";
import { GET as publicScoresRoute } from "@/app/api/v1/public/scores/route";
import type { TActor } from "@/lib/authz/policy";
import { answersTemplate } from "@/lib/scoring/templates";
import { assessmentDocument } from "@/lib/server/assessments/assessment-document";
import { saveAnswer } from "@/lib/server/assessments/save-answer";
import { setPublicConsent } from "@/lib/server/assessments/set-public-consent";
import { submitAssessment } from "@/lib/server/assessments/submit-assessment";
import { listCycles } from "@/lib/server/cycles/open-cycle";
import { publishCycle } from "@/lib/server/cycles/publish-cycle";
import { db } from "@/lib/server/db";
import { addEvidenceLink } from "@/lib/server/evidence/add-evidence-link";
import { listLinksForPublication } from "@/lib/server/evidence/list-links-for-publication";
import { setEvidencePublic } from "@/lib/server/evidence/set-evidence-public";
import { loadStoredVersion } from "@/lib/server/questionnaires/get-questionnaire-version";
import { postComment } from "@/lib/server/review/post-comment";
import { transitionAssessment } from "@/lib/server/review/transition-assessment";
import { apiRequest, jsonOf, routeContext } from "../support/api-callers";
import { openTestCycle } from "../support/assessment-fixtures";
import { makeUser } from "../support/factories";

const SECRET_COMMENT = "Internal note: the strategy draft is still with the minister";
const FILE_NAME = "cabinet-memo-confidential.pdf";

let cycleId: string;
let ids: Record<string, string>;
let admin: TActor;
let reviewer: TActor;
let focal: Record<"BWA" | "LSO" | "SWZ", TActor>;
let contributor: TActor;
let publicLinkId: string;
let privateLinkId: string;
let fileId: string;

const scores = async (query = `?cycle=${cycleId}`, headers: Record<string, string> = {}) => {
  const request = apiRequest(undefined, `/api/v1/public/scores${query}`);
  for (const [k, v] of Object.entries(headers)) request.headers.set(k, v);
  return publicScoresRoute(request, routeContext({}));
};
const country = (iso3: string, query = `?cycle=${cycleId}`) =>
  publicCountryRoute(apiRequest(undefined, `/api/v1/public/countries/${iso3}${query}`), routeContext({ iso3 }));

async function validateWith(iso3: keyof typeof focal, quality: "best" | "worst") {
  const id = ids[iso3]!;
  const cycle = await db().cycle.findUniqueOrThrow({ where: { id: cycleId } });
  const version = await loadStoredVersion(cycle.questionnaireVersionId);
  for (const [questionId, value] of Object.entries(answersTemplate(version, quality))) await saveAnswer(focal[iso3], id, questionId, { value, revision: 0 });
  for (const q of version.questions.filter((q) => q.evidence === "document")) {
    await db().evidence.create({
      data: { assessmentId: id, questionId: q.id, kind: "file", fileName: `${q.id}.pdf`, size: 1, mimeType: "application/pdf", storageKey: `t/${q.id}` },
    });
  }
  for (const q of version.questions.filter((q) => q.evidence === "link" || q.evidence === "either")) {
    await addEvidenceLink(focal[iso3], id, { questionId: q.id, url: `https://gov.example.org/${iso3}/${q.id}` });
  }
  await submitAssessment(focal[iso3], id);
  await transitionAssessment(reviewer, id, "start-review");
  await transitionAssessment(reviewer, id, "validate");
}

beforeAll(async () => {
  ({ cycleId, byCountry: ids } = await openTestCycle(["BWA", "LSO", "SWZ"]));
  admin = await makeUser("admin");
  reviewer = await makeUser("reviewer");
  focal = {
    BWA: await makeUser("focal-point", { country: "BWA" }),
    LSO: await makeUser("focal-point", { country: "LSO" }),
    SWZ: await makeUser("focal-point", { country: "SWZ" }),
  };
  contributor = await makeUser("contributor", { country: "BWA", pillars: ["legal"] });
  // Botswana: validated, links, a confidential file and a reviewer's comment. Lesotho: validated, never agreed. Eswatini: a draft.
  await validateWith("BWA", "best");
  await validateWith("LSO", "worst");
  const bwa = ids.BWA!;
  const links = await listLinksForPublication(focal.BWA, bwa);
  expect(links.length).toBeGreaterThan(1);
  publicLinkId = links[0]!.id;
  privateLinkId = links[1]!.id;
  const version = await loadStoredVersion((await db().cycle.findUniqueOrThrow({ where: { id: cycleId } })).questionnaireVersionId);
  const file = await db().evidence.create({
    data: {
      assessmentId: bwa,
      questionId: version.questions[0]!.id,
      kind: "file",
      fileName: FILE_NAME,
      size: 1,
      mimeType: "application/pdf",
      storageKey: "t/memo",
    },
  });
  fileId = file.id;
  await postComment(reviewer, bwa, version.questions[0]!.id, { body: SECRET_COMMENT });
  await setPublicConsent(focal.SWZ, ids.SWZ!, { consent: true });
}, 240_000);

describe("who decides what is public", () => {
  it("only an admin publishes a cycle", async () => {
    for (const who of [reviewer, focal.BWA])
      await expect(publishCycle(who, cycleId, { action: "publish", rule: "consented" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(publishCycle(admin, cycleId, { action: "withdraw" })).rejects.toMatchObject({ code: "conflict" });
    await expect(publishCycle(admin, "no-such-cycle", { action: "publish", rule: "consented" })).rejects.toMatchObject({ code: "not-found" });
    await expect(publishCycle(admin, cycleId, { action: "publish", rule: "everyone" } as never)).rejects.toMatchObject({ name: "ZodError" });
    expect(await db().cycle.findUniqueOrThrow({ where: { id: cycleId }, select: { publishedAt: true } })).toEqual({ publishedAt: null });
  });

  it("only the country's focal point agrees to publication; another country's does not see the assessment", async () => {
    await expect(setPublicConsent(contributor, ids.BWA!, { consent: true })).rejects.toMatchObject({ code: "forbidden" });
    await expect(setPublicConsent(reviewer, ids.BWA!, { consent: true })).rejects.toMatchObject({ code: "forbidden" });
    await expect(setPublicConsent(focal.LSO, ids.BWA!, { consent: true })).rejects.toMatchObject({ code: "not-found" });
    expect((await db().assessment.findUniqueOrThrow({ where: { id: ids.BWA! } })).publicConsentAt).toBeNull();
  });

  it("only the focal point marks links public, and a file never becomes public", async () => {
    await expect(setEvidencePublic(reviewer, publicLinkId, { isPublic: true })).rejects.toMatchObject({ code: "forbidden" });
    await expect(setEvidencePublic(focal.LSO, publicLinkId, { isPublic: true })).rejects.toMatchObject({ code: "not-found" });
    await expect(setEvidencePublic(focal.BWA, fileId, { isPublic: true })).rejects.toMatchObject({ code: "invalid" });
    await setEvidencePublic(focal.BWA, publicLinkId, { isPublic: true });
    expect((await listLinksForPublication(focal.BWA, ids.BWA!)).filter((l) => l.isPublic).map((l) => l.id)).toEqual([publicLinkId]);
    expect(await listLinksForPublication(reviewer, ids.BWA!)).toEqual([]);
  });
});

describe("the open API", () => {
  it("answers 404 while the cycle is unpublished, even with consent", async () => {
    await setPublicConsent(focal.BWA, ids.BWA!, { consent: true });
    expect((await scores()).status).toBe(404);
    expect((await country("BWA")).status).toBe(404);
  });

  it("after publication lists only validated results with consent, with the validated score", async () => {
    const preview = (await listCycles(admin)).find((c) => c.id === cycleId)!;
    expect({ validated: preview.validated, publicCount: preview.publicCount }).toEqual({ validated: 2, publicCount: 1 });
    await publishCycle(admin, cycleId, { action: "publish", rule: "consented" });
    const res = await scores();
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("public, max-age=60");
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    const body = await jsonOf(res);
    expect(body.countries.map((c: { iso3: string }) => c.iso3)).toEqual(["BWA"]);
    const doc = await assessmentDocument(reviewer, ids.BWA!);
    const listed = body.countries[0];
    expect({ overall: listed.overall, tier: listed.tier, pillars: listed.pillars }).toEqual({
      overall: doc.score.validated!.overall,
      tier: doc.score.validated!.tier,
      pillars: doc.score.validated!.pillars,
    });
    // One public result: the world and its region average to it.
    expect(body.world).toEqual({ count: 1, overall: listed.overall, pillars: listed.pillars });
    expect(body.regions.find((r: { region: string }) => r.region === "africa")).toMatchObject({ count: 1, overall: listed.overall });
    expect(body.tiers.find((t: { tier: number }) => t.tier === listed.tier).count).toBe(1);
  });

  it("the country profile shows the same score, only links marked public, and 404 for the others", async () => {
    const body = await jsonOf(await country("bwa"));
    const doc = await assessmentDocument(reviewer, ids.BWA!);
    expect(body.overall).toBe(doc.score.validated!.overall);
    expect(body.pillars).toEqual(doc.score.validated!.pillars);
    expect(body.world).toEqual({ count: 1, overall: body.overall, pillars: body.pillars });
    expect(body.evidence.map((e: { url: string }) => e.url)).toEqual([(await db().evidence.findUniqueOrThrow({ where: { id: publicLinkId } })).url]);
    expect(body.strengths.length).toBeGreaterThan(0);
    for (const iso3 of ["LSO", "SWZ", "XXX", "KEN"]) expect((await country(iso3)).status).toBe(404);
    expect((await country("B;A")).status).toBe(422);
    expect((await scores("?cycle=no-such-cycle")).status).toBe(404);
  });

  it("never carries answers, comments, files, people or unpublished countries", async () => {
    // Always this cycle: with no cycle the API answers for the newest published one, which may be
    // another test file's, published at the same moment on the shared database.
    const responses = [await scores(), await country("BWA"), await scores(`?cycle=${cycleId}&locale=fr`)];
    // Bodies of real answers, not of a 404: the checks below would pass on an error too.
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200]);
    const texts = await Promise.all(responses.map((r) => r.text()));
    expect(texts[0]).toContain('"BWA"');
    const people = await db().user.findMany({ select: { name: true, email: true } });
    const privateUrl = (await db().evidence.findUniqueOrThrow({ where: { id: privateLinkId } })).url!;
    for (const text of texts) {
      expect(text).not.toContain(SECRET_COMMENT);
      expect(text).not.toContain(FILE_NAME);
      expect(text).not.toContain("storageKey");
      expect(text).not.toContain(privateUrl);
      expect(text).not.toContain(ids.BWA!);
      expect(text).not.toMatch(/"(LSO|SWZ)"/);
      expect(text).not.toMatch(/"(value|answers?|comment|revision)"/);
      for (const p of people) expect(text).not.toContain(p.email);
    }
    expect(texts[0]).not.toContain("Test focal-point");
  });

  it("answers 304 to a client that holds the current body", async () => {
    const first = await scores();
    const again = await scores(`?cycle=${cycleId}`, { "if-none-match": first.headers.get("etag")! });
    expect(again.status).toBe(304);
  });

  it("drops a country at once when its focal point withdraws, and shows it again on renewed consent", async () => {
    await setPublicConsent(focal.BWA, ids.BWA!, { consent: false });
    expect((await jsonOf(await scores())).countries).toEqual([]);
    expect((await country("BWA")).status).toBe(404);
    await setPublicConsent(focal.BWA, ids.BWA!, { consent: true });
    expect((await jsonOf(await scores())).countries.map((c: { iso3: string }) => c.iso3)).toEqual(["BWA"]);
  });

  it("a link made private again leaves the public profile at once", async () => {
    await setEvidencePublic(focal.BWA, publicLinkId, { isPublic: false });
    expect((await jsonOf(await country("BWA"))).evidence).toEqual([]);
    await setEvidencePublic(focal.BWA, publicLinkId, { isPublic: true });
    expect((await jsonOf(await country("BWA"))).evidence).toHaveLength(1);
  });

  it("shows desk research the country did not confirm only past the deadline and under the cycle's rule", async () => {
    await db().assessment.update({ where: { id: ids.LSO! }, data: { origin: "desk-research" } });
    await db().cycle.update({ where: { id: cycleId }, data: { validationDeadline: new Date(Date.now() - 86_400_000) } });
    expect((await jsonOf(await scores())).countries.map((c: { iso3: string }) => c.iso3)).toEqual(["BWA"]);
    await publishCycle(admin, cycleId, { action: "publish", rule: "consented-or-desk-research-past-deadline" });
    const body = await jsonOf(await scores());
    expect(body.countries.map((c: { iso3: string; basis: string; origin: string }) => [c.iso3, c.basis, c.origin])).toEqual([
      ["BWA", "consent", "country"],
      ["LSO", "deadline-passed", "desk-research"],
    ]);
    expect(body.world.count).toBe(2);
    await db().cycle.update({ where: { id: cycleId }, data: { validationDeadline: new Date(Date.now() + 86_400_000) } });
    expect((await jsonOf(await scores())).countries.map((c: { iso3: string }) => c.iso3)).toEqual(["BWA"]);
  });

  it("many readers at once while the admin republishes: every read is whole, none fails", async () => {
    const reads = Array.from({ length: 24 }, (_, i) => (i % 2 ? scores() : country("BWA")));
    const [responses] = await Promise.all([Promise.all(reads), publishCycle(admin, cycleId, { action: "publish", rule: "consented" })]);
    for (const r of responses) expect(r.status).toBe(200);
    const bodies = await Promise.all(responses.map(jsonOf));
    for (const b of bodies) expect(b.cycle.id).toBe(cycleId);
  });

  it("withdrawing the cycle takes every page of it down, and each step is in the audit trail", async () => {
    const first = await db().cycle.findUniqueOrThrow({ where: { id: cycleId }, select: { publishedAt: true } });
    await publishCycle(admin, cycleId, { action: "withdraw" });
    expect((await scores()).status).toBe(404);
    expect((await country("BWA")).status).toBe(404);
    const actions = (await db().auditLog.findMany({ where: { OR: [{ entityId: cycleId }, { assessmentId: ids.BWA! }] }, select: { action: true } })).map(
      (a) => a.action,
    );
    expect(actions).toEqual(
      expect.arrayContaining([
        "cycle.publish",
        "cycle.withdraw",
        "assessment.public-consent.given",
        "assessment.public-consent.withdrawn",
        "evidence.public",
        "evidence.private",
      ]),
    );
    expect(first.publishedAt).not.toBeNull();
  });
});
