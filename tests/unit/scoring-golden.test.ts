// Golden outputs: JSON.stringify of scoreAssessment, scoreTotals and evaluateGapRules for every demo
// assessment the seed produces (both shipped editions) and for the scoring fixtures, compared by
// sha256 with tests/fixtures/scoring-golden.json, recorded before the scoring rewrite of issue 12.
// A change here means a score changed: that needs a new SCORING_RULES_VERSION, not a new fixture.
// Regenerate (only on purpose): SCORING_GOLDEN_WRITE=1 npx vitest run --config vitest.config.mts tests/unit/scoring-golden.test.ts
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { listCountries } from "@/lib/countries/countries";
import { loadVersion } from "@/lib/files/questionnaire-files";
import { evaluateGapRules } from "@/lib/gaps/evaluate-gap-rules";
import type { TAnswers, TNormalizedQuestionnaire } from "@/lib/questionnaire/model";
import { isLocalizedText } from "@/lib/questionnaire/text-keys";
import { demoAnswers, demoCapacity, demoStatus, hashString } from "@/lib/seed/demo-answers";
import { scoreAssessment } from "@/lib/scoring/score";
import { answersTemplate } from "@/lib/scoring/templates";
import { scoreTotals } from "@/lib/scoring/totals";
import { fixtureFile, fixtureVersion, generateVersion, randomAnswers, versionFrom } from "@/tests/support/scoring-fixtures";

const FIXTURE = path.resolve(process.cwd(), "tests/fixtures/scoring-golden.json");
const EDITIONS = ["five-pillars@2020", "five-pillars@2024"];
/** As lib/seed/seed-demo-assessments.ts (a server module): these stay empty drafts in the open cycle. */
const DEMO_EMPTY_DRAFTS = ["KEN", "FRA"];

type TCase = { name: string; version: TNormalizedQuestionnaire; answers: TAnswers; validated?: boolean };
type TGolden = {
  hashes: Record<string, string>;
  inputs: Record<string, string>;
  digest: string;
  groups: Record<string, string[]>;
  samples: Record<string, string>;
};

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

/** The three outputs of one case, as stored. */
// Scores, not wording: a flag's message in six languages is text with its own revision
// (docs/translations.md), so every localized text is left out of what is compared.
const scoresOnly = (_key: string, value: unknown) => (isLocalizedText(value) ? "<text>" : value);

function outputs(c: TCase): string {
  const json = (value: unknown) => JSON.stringify(value, scoresOnly);
  const score = json(scoreAssessment(c.version, c.answers, c.validated ? { validated: true } : undefined));
  return `${score}\n${json(scoreTotals(c.version, c.answers))}\n${json(evaluateGapRules(c.version, c.answers))}`;
}

/** The seed's plan per country (lib/seed/seed-demo-assessments.ts planCycle), for one edition. */
function demoCases(version: TNormalizedQuestionnaire): TCase[] {
  const cases: TCase[] = [];
  for (const { iso3 } of listCountries()) {
    for (const kind of ["earlier", "latest"] as const) {
      const empty = kind === "latest" && DEMO_EMPTY_DRAFTS.includes(iso3);
      const status = empty ? "draft" : demoStatus(iso3, kind);
      const score = Math.max(3, demoCapacity(iso3) - (kind === "earlier" ? 2 + (hashString(`progress:${iso3}`) % 11) : 0));
      const share = status !== "draft" ? 1 : kind === "earlier" ? 0 : 0.2 + (hashString(`share:${iso3}`) % 70) / 100;
      const answers = empty || share === 0 ? {} : demoAnswers(version, `${kind}:${iso3}`, score, share);
      cases.push({ name: `${iso3} ${kind}`, version, answers, validated: status === "validated" });
    }
    // Every country complete too, whatever its status in the seed.
    cases.push({ name: `${iso3} complete`, version, answers: demoAnswers(version, `latest:${iso3}`, demoCapacity(iso3)) });
  }
  return cases;
}

/** Answers a form never sends but the API or a file can: invalid values, unknown ids, blanks, odd objects. */
function edgeAnswers(): Record<string, TAnswers> {
  const nullProto = Object.assign(Object.create(null) as TAnswers, { "national-cirt": "yes", "cirt-services": ["forensics"], bilateral: "many" });
  return {
    invalid: {
      "cybercrime-law": "maybe",
      "data-protection": 3,
      "breach-notification": "x",
      "cirt-services": ["forensics", "forensics"],
      "awareness-campaigns": 101,
      "strategy-adopted": "2023-02-29",
    },
    unknown: { zeta: "yes", alpha: 1, "national-cirt": "no", "cybercrime-law": "yes" },
    blanks: { "cirt-name": "   ", "awareness-notes": "", "national-cirt": "yes", "cirt-staff": null, "national-strategy": undefined },
    hidden: {
      "national-cirt": "no",
      "cirt-services": ["incident-response", "early-warning"],
      "cirt-staff": 50,
      "national-strategy": "no",
      "strategy-review": "in-place",
    },
    capped: {
      "national-cirt": "yes",
      "cirt-services": ["incident-response", "early-warning", "forensics", "other"],
      multilateral: ["budapest", "malabo", "other"],
    },
    "null-prototype": nullProto,
  };
}

/** A version whose question id is also an Object.prototype property. */
function constructorVersion(): TNormalizedQuestionnaire {
  const file = fixtureFile();
  const q = file.pillars[0]!.indicators[0]!.questions[0]!;
  q.id = "constructor";
  return versionFrom(file);
}

function fixtureCases(): Record<string, TCase[]> {
  const fixture = fixtureVersion();
  const withTemplates = (name: string, version: TNormalizedQuestionnaire) =>
    (["best", "worst", "empty"] as const).map((fill) => ({ name: `${name} ${fill}`, version, answers: answersTemplate(version, fill) }));
  const shares = [0.3, 0.6, 0.9, 1];
  const fixtureSet: TCase[] = [
    ...withTemplates("fixture", fixture),
    { name: "fixture none", version: fixture, answers: {} },
    { name: "fixture best validated", version: fixture, answers: answersTemplate(fixture, "best"), validated: true },
    ...Object.entries(edgeAnswers()).map(([name, answers]) => ({ name: `fixture ${name}`, version: fixture, answers })),
    ...Array.from({ length: 80 }, (_, k) => ({ name: `fixture random ${k + 1}`, version: fixture, answers: randomAnswers(fixture, k + 1, shares[k % 4]) })),
  ];
  const ctor = constructorVersion();
  const constructorSet: TCase[] = [
    ...withTemplates("constructor", ctor),
    { name: "constructor inherited only", version: ctor, answers: { "national-cirt": "yes" } },
    { name: "constructor own", version: ctor, answers: { constructor: "no", "national-cirt": "yes" } as TAnswers },
  ];
  const generated: TCase[] = [];
  for (let seed = 1; seed <= 40; seed++) {
    const version = generateVersion(seed);
    generated.push(...withTemplates(`generated ${seed}`, version));
    for (let k = 0; k < 6; k++)
      generated.push({ name: `generated ${seed} random ${k}`, version, answers: randomAnswers(version, seed * 100 + k, shares[k % 4]) });
  }
  const benchVersion = generateVersion(2024, { indicators: 20, questions: 85 });
  const bench = Array.from({ length: 30 }, (_, k) => ({
    name: `bench ${k}`,
    version: benchVersion,
    answers: randomAnswers(benchVersion, 1000 + k, k % 3 === 0 ? 1 : shares[k % 4]),
  }));
  return { fixture: fixtureSet, constructor: constructorSet, generated, bench };
}

/** Readable outputs kept in full, so a failure shows a diff and not only a digest. */
const SAMPLES = ["fixture worst", "fixture random 1", "fixture unknown"];

async function build(): Promise<{ golden: TGolden; cases: Record<string, TCase[]> }> {
  const versions = await Promise.all(EDITIONS.map((key) => loadVersion(key)));
  const cases: Record<string, TCase[]> = { ...fixtureCases() };
  versions.forEach((v) => (cases[`${v.key} demo`] = demoCases(v)));
  const groups: Record<string, string[]> = {};
  // The answers of each group, so that a change of the inputs (demo answers, fixtures) is told apart from a change of the scores.
  const inputs = Object.fromEntries(
    Object.entries(cases).map(([group, list]) => [group, sha256(JSON.stringify(list.map((c) => [c.name, c.answers, c.validated ?? false])))]),
  );
  const samples: Record<string, string> = {};
  const all = createHash("sha256");
  for (const [group, list] of Object.entries(cases)) {
    groups[group] = list.map((c) => {
      const out = outputs(c);
      all.update(out);
      if (SAMPLES.includes(c.name)) samples[c.name] = out;
      // 16 hex digits of sha256 per case: enough to catch a change, small enough to commit.
      return sha256(out).slice(0, 16);
    });
  }
  return { golden: { hashes: Object.fromEntries(versions.map((v) => [v.key, v.hash])), inputs, digest: all.digest("hex"), groups, samples }, cases };
}

describe("scoring golden outputs", () => {
  it("match the outputs recorded before the rewrite, byte for byte", async () => {
    const { golden, cases } = await build();
    if (process.env.SCORING_GOLDEN_WRITE === "1") writeFileSync(FIXTURE, `${JSON.stringify(golden, null, 1)}\n`);
    const stored = JSON.parse(readFileSync(FIXTURE, "utf8")) as TGolden;
    // A questionnaire file that changed changes every hash in its results: regenerate on purpose then.
    expect(golden.hashes, "a shipped questionnaire changed since the golden file was written").toEqual(stored.hashes);
    expect(golden.inputs, "the answers scored changed (lib/seed/demo-answers.ts or tests/support/scoring-fixtures.ts)").toEqual(stored.inputs);
    for (const name of SAMPLES) expect(golden.samples[name], name).toBe(stored.samples[name]);
    const changed = Object.entries(golden.groups).flatMap(([group, digests]) =>
      digests.flatMap((d, k) => (d === stored.groups[group]?.[k] ? [] : [`${group}: ${cases[group]![k]!.name}`])),
    );
    expect(changed.slice(0, 20)).toEqual([]);
    expect(Object.keys(golden.groups)).toEqual(Object.keys(stored.groups));
    expect(golden.digest).toBe(stored.digest);
    expect(Object.values(golden.groups).reduce((n, g) => n + g.length, 0)).toBeGreaterThan(1500);
  }, 120_000);
});
