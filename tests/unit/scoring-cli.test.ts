// The score command in-process: stdout/stderr captured, questionnaires read from a temporary folder.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { stringify } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runScoreCommand } from "@/lib/cli/score-command";
import { fixtureFile } from "@/tests/support/scoring-fixtures";

let dir: string;
const ANSWERS = { "cybercrime-law": "yes", "national-cirt": "no", "awareness-campaigns": 3, bilateral: "some" };

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runScoreCommand([...args, "--questionnaires-dir", "questionnaires"], { out: (t) => out.push(t), err: (t) => err.push(t), cwd: dir });
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

async function answersFile(name: string, content: unknown): Promise<string> {
  await writeFile(path.join(dir, name), typeof content === "string" ? content : JSON.stringify(content));
  return name;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "score-cli-"));
  await mkdir(path.join(dir, "questionnaires", "fixture"), { recursive: true });
  await writeFile(path.join(dir, "questionnaires", "fixture", "1.yaml"), stringify(fixtureFile()));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

describe("score", () => {
  it("prints the score as JSON", async () => {
    const file = await answersFile("ok.json", { questionnaire: "fixture@1", country: "KEN", answers: ANSWERS });
    const { code, stdout, stderr } = await run("--questionnaire", "fixture@1", "--answers", file);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual(
      expect.arrayContaining([
        "questionnaire",
        "country",
        "overall",
        "tier",
        "pillars",
        "completion",
        "flags",
        "explanation",
        "nextSteps",
        "rulesVersion",
        "questionnaireHash",
      ]),
    );
    expect(json).toMatchObject({ questionnaire: "fixture@1", country: "KEN", overall: { display: 30 }, tier: { tier: 4 } });
    expect(json.questionnaireHash).toMatch(/^[0-9a-f]{64}$/);
    expect(json.flags.map((f: { id: string }) => f.id)).toContain("no-cirt");
    expect(json.nextSteps[0].question).toBe("data-protection");
  });

  it("prints a readable table", async () => {
    const file = await answersFile("ok-table.json", { questionnaire: "fixture@1", country: "KEN", answers: ANSWERS });
    const { code, stdout } = await run("--questionnaire", "fixture@1", "--answers", file, "--format", "table");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Overall\s+30\.00\s+100\.00/m);
    expect(stdout).toContain("Tier 4: Evolving");
    expect(stdout).toContain("critical no-cirt: No national CIRT");
    expect(stdout).toMatch(/ 1\. \+10\.00 {2}data-protection → "in-place" \(unanswered\)/);
  });

  it.each<[string, unknown, RegExp]>([
    ["an unknown question id", { questionnaire: "fixture@1", country: "KEN", answers: { ...ANSWERS, foo: "yes" } }, /bad\.json: unknown question id "foo"/],
    [
      "a value of the wrong type",
      { questionnaire: "fixture@1", country: "KEN", answers: { ...ANSWERS, "national-cirt": 3 } },
      /national-cirt: expected "yes" or "no", got 3/,
    ],
    [
      "a number out of range",
      { questionnaire: "fixture@1", country: "KEN", answers: { "awareness-campaigns": 500 } },
      /awareness-campaigns: must be at most 100, got 500/,
    ],
    ["answers for another version", { questionnaire: "fixture@2", country: "KEN", answers: ANSWERS }, /answers are for fixture@2, not fixture@1/],
    ["a bad country code", { questionnaire: "fixture@1", country: "Kenya", answers: ANSWERS }, /country: country must be an ISO 3166-1 alpha-3 code/],
    ["no answers", { questionnaire: "fixture@1", country: "KEN" }, /answers: /],
    ["bad JSON", "{ not json", /bad\.json: not valid JSON/],
  ])("refuses %s without printing a score", async (_label, content, message) => {
    const file = await answersFile("bad.json", content);
    const { code, stdout, stderr } = await run("--questionnaire", "fixture@1", "--answers", file);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
  });

  it("refuses an unreadable file and an unknown version", async () => {
    const missing = await run("--questionnaire", "fixture@1", "--answers", "missing.json");
    expect(missing).toMatchObject({ code: 1, stdout: "" });
    expect(missing.stderr).toMatch(/missing\.json: cannot read the answers file \(ENOENT\)/);
    const file = await answersFile("v9.json", { questionnaire: "fixture@9", country: "KEN", answers: {} });
    const unknown = await run("--questionnaire", "fixture@9", "--answers", file);
    expect(unknown).toMatchObject({ code: 2, stdout: "" });
    expect(unknown.stderr).toMatch(/unknown questionnaire version fixture@9 \(known: fixture@1\)/);
  });

  it.each([
    [[], /--questionnaire <id>@<version> is required/],
    [["--questionnaire", "fixture"], /is not <id>@<version>/],
    [["--questionnaire", "fixture@1"], /--answers <file\.json> is required/],
    [["--questionnaire", "fixture@1", "--answers", "x.json", "--format", "xml"], /--format must be json or table/],
    [["--bogus"], /Unknown option '--bogus'/],
  ])("usage errors exit 2: %j", async (args, message) => {
    const { code, stdout, stderr } = await run(...args);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
  });
});

describe("score template", () => {
  it.each([
    ["best", 100, 1],
    ["worst", 0, 5],
  ] as const)("--fill %s prints an answers file that scores %d (Tier %d)", async (fill, overall, tier) => {
    const template = await run("template", "--questionnaire", "fixture@1", "--fill", fill, "--country", "KEN");
    expect(template.code).toBe(0);
    const file = await answersFile(`${fill}.json`, template.stdout);
    const scored = await run("--questionnaire", "fixture@1", "--answers", file);
    expect(scored.code).toBe(0);
    expect(JSON.parse(scored.stdout)).toMatchObject({ overall: { display: overall }, tier: { tier } });
  });

  it("--fill empty lists every question as null", async () => {
    const { code, stdout } = await run("template", "--questionnaire", "fixture@1", "--fill", "empty");
    expect(code).toBe(0);
    const file = JSON.parse(stdout);
    expect(file).toMatchObject({ questionnaire: "fixture@1", country: "XXX" });
    expect(Object.values(file.answers).every((v) => v === null)).toBe(true);
  });

  it("rejects an unknown fill", async () => {
    const { code, stderr } = await run("template", "--questionnaire", "fixture@1", "--fill", "average");
    expect(code).toBe(2);
    expect(stderr).toMatch(/--fill must be best, worst or empty/);
  });
});
