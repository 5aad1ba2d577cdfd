import { describe, expect, it } from "vitest";
import { radarGrid, radarPoint, radarPolygon } from "@/lib/reports/radar-geometry";
import { buildReportData, evidenceByPillar, originNote, peerAverages, peerFromStored, REPORT_PILLARS, type TPeerScore } from "@/lib/reports/report-data";
import { scoreAssessment } from "@/lib/scoring/score";
import { fixtureVersion, randomAnswers } from "../support/scoring-fixtures";

const peer = (iso3: string, region: string, values: number[]): TPeerScore => ({
  iso3,
  region,
  overall: values.reduce((a, b) => a + b, 0),
  pillars: Object.fromEntries(REPORT_PILLARS.map((k, i) => [k, values[i]!])),
});

describe("peer averages", () => {
  it.each([
    [[], { count: 0, overall: null, legal: null }],
    [[peer("KEN", "africa", [10, 10, 10, 10, 10])], { count: 1, overall: 50, legal: 10 }],
    [
      [peer("KEN", "africa", [10, 0, 0, 0, 0]), peer("GHA", "africa", [5, 0, 0, 0, 0]), peer("FRA", "europe", [1, 0, 0, 0, 0])],
      { count: 3, overall: 5.33, legal: 5.33 },
    ],
  ])("%#: averages per pillar and overall, rounded to 2 decimals", (peers, expected) => {
    const avg = peerAverages(peers);
    expect({ count: avg.count, overall: avg.overall, legal: avg.pillars.legal }).toEqual(expected);
  });

  it("reads a peer's headline score of record, and nothing when none is stored", () => {
    const summary = (overall: number, legal: number) => ({
      overall,
      tier: 4,
      flags: [],
      pillars: { legal, technical: 8, organizational: 0, "capacity-development": 0, cooperation: 0 },
      completion: {
        answered: 1,
        applicable: 1,
        ratio: 1,
        pillars: {
          legal: { answered: 1, applicable: 1 },
          technical: { answered: 0, applicable: 0 },
          organizational: { answered: 0, applicable: 0 },
          "capacity-development": { answered: 0, applicable: 0 },
          cooperation: { answered: 0, applicable: 0 },
        },
      },
    });
    const stored = {
      format: 4 as const,
      questionnaireHash: "h",
      rulesVersion: "r",
      basis: "validated" as const,
      selfReported: summary(40, 8),
      validated: summary(36, 4),
      maturity: {},
      stagesFingerprint: "f",
    };
    expect(peerFromStored("KEN", "africa", stored)).toEqual({
      iso3: "KEN",
      region: "africa",
      overall: 36,
      pillars: { legal: 4, technical: 8, organizational: 0, "capacity-development": 0, cooperation: 0 },
    });
    expect(peerFromStored("KEN", "africa", { ...stored, basis: "self-reported" })?.overall).toBe(40);
    expect(peerFromStored("KEN", "africa", null)).toBeNull();
  });
});

describe("buildReportData", () => {
  const version = fixtureVersion();
  const score = scoreAssessment(version, randomAnswers(version, 7));
  const peers = [peer("KEN", "africa", [10, 12, 14, 16, 18]), peer("GHA", "africa", [20, 20, 20, 20, 20]), peer("FRA", "europe", [0, 0, 0, 0, 0])];
  const data = buildReportData({ score, region: "africa", peers, version, evidence: [] });

  it("puts the country, its region and the world on each radar axis", () => {
    expect(data.radar.map((r) => r.pillar)).toEqual(REPORT_PILLARS);
    expect(data.radar[0]).toEqual({ pillar: "legal", country: score.pillars.legal.display, region: 15, world: 10 });
    expect(data.averages).toEqual({ regionCount: 2, worldCount: 3, regionOverall: 85, worldOverall: 56.67 });
  });

  it("keeps at most ten next steps, in the scoring order, and the flags as scored", () => {
    expect(data.nextSteps).toEqual(score.nextSteps.overall.slice(0, 10));
    expect(data.flags).toEqual(score.flags);
    expect(data.overall).toBe(score.overall.display);
  });

  it("ranks strengths from the strongest and growth areas from the weakest indicator", () => {
    const fractions = (xs: { fraction: number }[]) => xs.map((x) => x.fraction);
    expect(fractions(data.strengths)).toEqual([...fractions(data.strengths)].sort((a, b) => b - a));
    expect(fractions(data.growthAreas)).toEqual([...fractions(data.growthAreas)].sort((a, b) => a - b));
    expect(data.strengths.every((s) => s.fraction > 0) && data.growthAreas.every((g) => g.fraction < 1)).toBe(true);
  });

  it("counts links and documents per pillar, ignoring unknown questions", () => {
    const q = version.questions[0]!;
    const counts = evidenceByPillar(version, [
      { questionId: q.id, kind: "link" },
      { questionId: q.id, kind: "file" },
      { questionId: q.id, kind: "file" },
      { questionId: "nope", kind: "link" },
    ]);
    const total = Object.values(counts).reduce((a, c) => a + c.links + c.documents, 0);
    expect(total).toBe(3);
    expect(Object.values(counts).find((c) => c.links === 1)).toEqual({ links: 1, documents: 2 });
  });

  it("has no region average when the country has no region peers", () => {
    const alone = buildReportData({ score, region: "cis", peers, version, evidence: [] });
    expect(alone.radar.every((r) => r.region === null)).toBe(true);
  });
});

describe("radar geometry", () => {
  const c = { x: 100, y: 100 };
  it.each([
    [0, 20, { x: 100, y: 50 }],
    [0, 10, { x: 100, y: 75 }],
    [0, 0, { x: 100, y: 100 }],
    [0, 40, { x: 100, y: 50 }],
  ])("axis %i at value %i sits at %o (the first axis points up; values clamp to the max)", (k, v, p) => {
    const got = radarPoint(k, 5, v, 20, c, 50);
    expect(got.x).toBeCloseTo(p.x);
    expect(got.y).toBeCloseTo(p.y);
  });

  it("draws one vertex per axis, clockwise, and rings at each fraction", () => {
    const poly = radarPolygon([20, 20, 20, 20], 20, c, 50);
    expect(poly.map((p) => [Math.round(p.x), Math.round(p.y)])).toEqual([
      [100, 50],
      [150, 100],
      [100, 150],
      [50, 100],
    ]);
    expect(radarGrid(5, c, 50)).toHaveLength(4);
  });
});

describe("originNote: who drafted the answers, as the report and the public profile say it", () => {
  it.each([
    ["country", "validated", null],
    ["country", "validated-unconfirmed", null],
    ["desk-research", "desk-research", "public.originDeskPending"],
    ["desk-research", "country-validation", "public.originDeskPending"],
    ["desk-research", "submitted", "public.originDeskConfirmed"],
    ["desk-research", "validated", "public.originDeskConfirmed"],
    // Consent to publish is not confirmation of the answers: the status decides.
    ["desk-research", "validated-unconfirmed", "public.originDeskUnconfirmed"],
  ])("%s in %s -> %s", (origin, status, key) => expect(originNote(origin, status)).toBe(key));
});
