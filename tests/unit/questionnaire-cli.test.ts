// The `questionnaire` CLI run in-process against the fixtures, with stdout and stderr captured.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runQuestionnaireCommand } from "@/lib/cli/questionnaire-command";
import { renderJsonSchemaFiles } from "@/lib/questionnaire/json-schema";

const ROOT = process.cwd();
const MINI = "tests/fixtures/questionnaires/mini";
const BROKEN = "tests/fixtures/questionnaires/broken";

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runQuestionnaireCommand(args, { out: (l) => out.push(l), err: (l) => err.push(l), cwd: ROOT });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("questionnaire validate", () => {
  it("checks the mini fixtures, one line per file with its languages; a published edition must be fully translated", async () => {
    const { code, out, err } = await run("validate", MINI, "--require-complete");
    // mini@2020 is published with no Arabic, Chinese, Russian or Spanish text: that fails CI.
    expect(err.split("\n").filter((l) => l.includes("is published but"))).toEqual(
      ["ar", "zh", "ru", "es"].map((l) => expect.stringContaining(`${MINI}/2020.yaml: ${l}: mini@2020 is published but`)),
    );
    expect(code).toBe(1);
    expect(out).toMatch(/^ {2}fr {2}revision -\s+37\/37 translated\s+0 untranslated/m);
    expect(out.split("\n").filter((l) => l.startsWith("ok "))).toEqual([
      `ok ${MINI}/2020.yaml (mini@2020, 6 indicators, 12 questions)`,
      `ok ${MINI}/2024.yaml (mini@2024, 7 indicators, 14 questions)`,
      `ok ${MINI}/crosswalk-2020-to-2024.yaml (crosswalk mini@2020 -> mini@2024, 13 entries)`,
    ]);
    expect(out).toContain("  warning (draft mini@2024): es: 44 of 46 visible strings untranslated (falls back to English)");
  });

  it("checks a single crosswalk file against the versions next to it", async () => {
    const { code, out } = await run("validate", `${MINI}/crosswalk-2020-to-2024.yaml`);
    expect(code).toBe(0);
    expect(out.split("\n")[0]).toBe(`ok ${MINI}/crosswalk-2020-to-2024.yaml (crosswalk mini@2020 -> mini@2024, 13 entries)`);
  });

  it("exits 1 and names every problem with file, line and ids", async () => {
    const { code, out, err } = await run("validate", BROKEN);
    expect(code).toBe(1);
    expect(out).toBe("");
    expect(err.split("\n")).toEqual([
      `${BROKEN}/2024.yaml:62:86: technical/national-cirt/cirt-exists: option informal credit 1.4 is above 1`,
      `${BROKEN}/syntax-error.yaml:6:1: YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]`,
      "2 problem(s) in 2 file(s)",
    ]);
  });

  it("exits 2 for a path that does not exist", async () => {
    const { code, err } = await run("validate", "tests/fixtures/questionnaires/nowhere");
    expect(code).toBe(2);
    expect(err).toContain("no such file or directory: tests/fixtures/questionnaires/nowhere");
  });
});

describe("questionnaire list", () => {
  it("prints JSON objects with exactly the documented keys", async () => {
    const { code, out } = await run("list", "--dir", MINI, "--format", "json");
    expect(code).toBe(0);
    const rows = JSON.parse(out) as Record<string, unknown>[];
    expect(rows.map((r) => Object.keys(r))).toEqual([
      ["id", "version", "status", "indicators", "questions", "hash"],
      ["id", "version", "status", "indicators", "questions", "hash"],
    ]);
    expect(rows.map((r) => [r.id, r.version, r.status, r.indicators, r.questions])).toEqual([
      ["mini", "2020", "published", 6, 12],
      ["mini", "2024", "draft", 7, 14],
    ]);
    expect(rows[0]?.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("prints a table by default", async () => {
    const { code, out } = await run("list", "--dir", MINI);
    expect(code).toBe(0);
    expect(out.split("\n")[0]).toMatch(/^id\s+version\s+status\s+indicators\s+questions\s+hash$/);
    expect(out).toMatch(/mini\s+2024\s+draft\s+7\s+14\s+[0-9a-f]{12}/);
  });

  it("exits 1 when a file under the directory is broken", async () => {
    const { code, err } = await run("list", "--dir", BROKEN);
    expect(code).toBe(1);
    expect(err).toContain(`skipped ${BROKEN}/2024.yaml: 1 problem(s), run questionnaire validate`);
  });
});

describe("questionnaire show", () => {
  it("prints the normalized version as JSON with points rounded to 4 decimals", async () => {
    const { code, out } = await run("show", "mini@2024", "--dir", MINI, "--format", "json");
    expect(code).toBe(0);
    const shown = JSON.parse(out);
    expect(shown.key).toBe("mini@2024");
    const question = shown.questions.find((q: { id: string }) => q.id === "cybercrime-procedural");
    expect(question).toMatchObject({
      pillar: "legal",
      indicator: "cybercrime-law",
      type: "scale",
      points: 6.6667,
      evidence: "none",
      showIf: { question: "cybercrime-substantive", in: ["in-place", "partially-in-place", "in-progress"] },
    });
    expect(question.text).toMatchObject({ en: expect.any(String), fr: expect.any(String) });
    expect(question.choices.map((c: { credit: number }) => c.credit)).toEqual([1, 0.6, 0.25, 0]);
    expect(shown.gapRules.map((r: { id: string }) => r.id)).toEqual(["no-cirt", "weak-cybercrime-law", "no-data-protection"]);
    expect(shown.tiers).toHaveLength(5);
  });

  it("prints every question's effective points in the table", async () => {
    const { code, out } = await run("show", "mini@2024", "--dir", MINI);
    expect(code).toBe(0);
    expect(out).toMatch(/ {4}cybercrime-substantive\s+scale\s+.+\s+6\.6667\s+weight 1; evidence: link/);
    expect(out).toMatch(/ {4}cooperation-notes\s+text\s+.+\s+0\.0000\s+informational/);
    expect(out).toMatch(/^total\s+100\.0000$/m);
  });

  it.each([
    { key: "mini@2030", message: "unknown questionnaire version mini@2030; known versions: mini@2020, mini@2024" },
    { key: "mini", message: "unknown questionnaire version mini (expected <id>@<version>, e.g. five-pillars@2024); known versions: mini@2020, mini@2024" },
  ])("exits 2 for $key", async ({ key, message }) => {
    const { code, err } = await run("show", key, "--dir", MINI);
    expect(code).toBe(2);
    expect(err).toBe(message);
  });

  it("exits 1 with the problems when the version's file is broken", async () => {
    const { code, err } = await run("show", "mini@2024", "--dir", BROKEN);
    expect(code).toBe(1);
    expect(err).toContain("option informal credit 1.4 is above 1");
  });
});

describe("questionnaire diff", () => {
  it("uses the crosswalk and prints JSON with rounded points", async () => {
    const { code, out } = await run("diff", "mini@2020", "mini@2024", "--dir", MINI, "--format", "json");
    expect(code).toBe(0);
    const diff = JSON.parse(out);
    expect(diff.usedCrosswalk).toBe(true);
    expect(diff.questions.merged).toEqual([
      { from: ["bilateral-agreements", "multilateral-agreements"], to: "international-agreements", pointsBefore: 20, pointsAfter: 10 },
    ]);
  });

  it("prints readable text, in either direction", async () => {
    const forward = await run("diff", "mini@2020", "mini@2024", "--dir", MINI);
    expect(forward.out).toContain("mini@2020 -> mini@2024 (paired through the crosswalk)");
    expect(forward.out).toContain("  training -> training-public, training-professional: 10.0000 -> 15.0000 points");
    const backward = await run("diff", "mini@2024", "mini@2020", "--dir", MINI);
    expect(backward.code).toBe(0);
    expect(backward.out).toContain("  training-public, training-professional -> training: 15.0000 -> 10.0000 points");
  });

  it("exits 2 for an unknown version", async () => {
    expect((await run("diff", "mini@2020", "mini@2099", "--dir", MINI)).code).toBe(2);
  });
});

describe("questionnaire json-schema and usage", () => {
  it("writes the generated schemas", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "questionnaire-schema-"));
    try {
      const { code } = await run("json-schema", "--dir", dir);
      expect(code).toBe(0);
      for (const { fileName, content } of renderJsonSchemaFiles()) expect(await readFile(path.join(dir, fileName), "utf8")).toBe(content);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it.each([
    { args: ["frobnicate"], message: 'unknown questionnaire command "frobnicate"' },
    { args: ["list", "--format", "xml"], message: '--format must be table or json, not "xml"' },
    { args: ["show"], message: "expected: questionnaire show <id>@<version>" },
    { args: ["list", "--colour"], message: "Unknown option '--colour'" },
  ])("exits 2 on wrong usage: $args", async ({ args, message }) => {
    const { code, err } = await run(...args);
    expect(code).toBe(2);
    expect(err).toContain(message);
    expect(err).toContain("usage: npm run cli -- questionnaire");
  });
});
