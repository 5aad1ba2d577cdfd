import { describe, expect, it } from "vitest";
import { isPublic, publicationOf, ZIso3Param, ZPublishCycle, type TPublicCandidate, type TPublicCycle } from "@/lib/assessments/publication";

const NOW = new Date("2026-06-01T12:00:00Z");
const before = (days: number) => new Date(NOW.getTime() - days * 86_400_000);
const published: TPublicCycle = { publishedAt: before(1), publicationRule: "consented", validationDeadline: null };
const lenient: TPublicCycle = { publishedAt: before(1), publicationRule: "consented-or-desk-research-past-deadline", validationDeadline: before(2) };
const agreed: TPublicCandidate = { status: "validated", origin: "country", publicConsentAt: before(3) };
const desk: TPublicCandidate = { status: "validated", origin: "desk-research", publicConsentAt: null };

describe("publicationOf: which results the public sees", () => {
  it.each([
    ["an unpublished cycle hides even an agreed result", { ...published, publishedAt: null }, agreed, { public: false, why: "cycle-unpublished" }],
    ["a publication dated in the future is not yet public", { ...published, publishedAt: before(-1) }, agreed, { public: false, why: "cycle-unpublished" }],
    ["a validated result with consent is public", published, agreed, { public: true, basis: "consent" }],
    ["a validated result without consent is not", published, { ...agreed, publicConsentAt: null }, { public: false, why: "no-consent" }],
    ...(["draft", "submitted", "in-review", "returned"] as const).map(
      (status) => [`consent does not publish a ${status} assessment`, published, { ...agreed, status }, { public: false, why: "not-validated" }] as const,
    ),
    [
      "desk research without confirmation stays private under the consent rule",
      { ...lenient, publicationRule: "consented" },
      desk,
      { public: false, why: "no-consent" },
    ],
    ["desk research past its deadline is public under the lenient rule", lenient, desk, { public: true, basis: "deadline-passed" }],
    ["desk research before its deadline is not", { ...lenient, validationDeadline: before(-1) }, desk, { public: false, why: "no-consent" }],
    ["desk research with no deadline set is not", { ...lenient, validationDeadline: null }, desk, { public: false, why: "no-consent" }],
    ["the lenient rule never publishes a country's own result without consent", lenient, { ...desk, origin: "country" }, { public: false, why: "no-consent" }],
    [
      "desk research the country confirmed by consent is public on consent",
      published,
      { ...desk, publicConsentAt: before(1) },
      { public: true, basis: "consent" },
    ],
    ["an unvalidated desk draft past its deadline is not public", lenient, { ...desk, status: "draft" }, { public: false, why: "not-validated" }],
  ] as const)("%s", (_, cycle, candidate, expected) => {
    expect(publicationOf(cycle, candidate, NOW)).toEqual(expected);
    expect(isPublic(cycle, candidate, NOW)).toBe(expected.public);
  });

  it("is public only when the cycle is published and the result validated, whatever else holds (exhaustive)", () => {
    const cycles = [published, lenient, { ...published, publishedAt: null }, { ...lenient, validationDeadline: before(-5) }];
    const statuses = ["draft", "submitted", "in-review", "returned", "validated"];
    for (const cycle of cycles)
      for (const status of statuses)
        for (const origin of ["country", "desk-research"])
          for (const publicConsentAt of [null, before(1)]) {
            const verdict = isPublic(cycle, { status, origin, publicConsentAt }, NOW);
            if (verdict) expect(cycle.publishedAt !== null && status === "validated").toBe(true);
            if (verdict && !publicConsentAt) expect([origin, cycle.publicationRule]).toEqual(["desk-research", "consented-or-desk-research-past-deadline"]);
          }
  });
});

describe("publication inputs", () => {
  it.each([
    [{ action: "publish", rule: "consented" }, true],
    [{ action: "publish", rule: "consented-or-desk-research-past-deadline" }, true],
    [{ action: "publish" }, false],
    [{ action: "publish", rule: "everyone" }, false],
    [{ action: "withdraw" }, true],
    [{ action: "delete" }, false],
  ])("ZPublishCycle %j -> %s", (input, ok) => expect(ZPublishCycle.safeParse(input).success).toBe(ok));

  it.each([
    ["KEN", "KEN"],
    ["ken", "KEN"],
    [" fra ", "FRA"],
    ["KE", null],
    ["KENY", null],
    ["K3N", null],
    ["../", null],
  ])("ZIso3Param %j -> %j", (raw, expected) => {
    const parsed = ZIso3Param.safeParse(raw);
    expect(parsed.success ? parsed.data : null).toBe(expected);
  });
});
