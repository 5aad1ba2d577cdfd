import { describe, expect, it } from "vitest";
import { ANSWER_COLUMNS, answerRowCells, answerRows, type TAnswerSource } from "@/lib/exports/answer-rows";
import { csvText, toCsv } from "@/lib/exports/csv";
import { downloadName } from "@/lib/exports/download";
import { fixtureVersion } from "../support/scoring-fixtures";

describe("csvText", () => {
  it.each([
    { value: null, text: "" },
    { value: undefined, text: "" },
    { value: -3.5, text: "-3.5" },
    { value: Number.NaN, text: "" },
    { value: true, text: "true" },
    { value: "plain", text: "plain" },
    { value: "=SUM(A1:A9)", text: "'=SUM(A1:A9)" },
    { value: "+33 1 23", text: "'+33 1 23" },
    { value: "-rf", text: "'-rf" },
    { value: "@cmd", text: "'@cmd" },
    { value: "\tTab", text: "'\tTab" },
    { value: "a=b", text: "a=b" },
  ])("$value -> $text", ({ value, text }) => {
    expect(csvText(value)).toBe(text);
  });
});

describe("toCsv", () => {
  it("quotes commas, quotes and line breaks, ends every record with CRLF, keeps non-Latin text", () => {
    const csv = toCsv(
      ["a", "b"],
      [
        ["x, y", 'say "hi"'],
        ["line\nbreak", "Кения 肯尼亚 كينيا"],
        [null, 0],
      ],
    );
    expect(csv).toBe('a,b\r\n"x, y","say ""hi"""\r\n"line\nbreak",Кения 肯尼亚 كينيا\r\n,0\r\n');
  });
});

describe("answerRows", () => {
  const version = fixtureVersion();
  const source: TAnswerSource = {
    iso3: "KEN",
    status: "submitted",
    isDemo: false,
    answers: {
      "cybercrime-law": "yes",
      "national-cirt": "no",
      "cirt-services": ["forensics"],
      multilateral: ["budapest", "malabo"],
      "awareness-notes": '=HYPERLINK("http://x")',
    },
    comments: { "cybercrime-law": "Act No. 5 of 2018" },
    evidence: [
      { questionId: "cybercrime-law", kind: "link", url: "https://example.org/act", fileName: null },
      { questionId: "cybercrime-law", kind: "file", url: null, fileName: "act 2018.pdf" },
      { questionId: "multilateral", kind: "link", url: "https://example.org/treaty", fileName: null },
    ],
  };
  const rows = answerRows(version, [source, { ...source, iso3: "GHA", answers: {}, comments: {}, evidence: [] }]);
  const row = (iso3: string, question: string) => rows.find((r) => r.iso3 === iso3 && r.question === question)!;

  it("has one row per country and question of the version, answered or not", () => {
    expect(rows).toHaveLength(2 * version.questions.length);
    expect(rows.map((r) => r.question).slice(0, version.questions.length)).toEqual(version.questions.map((q) => q.id));
    expect(row("GHA", "cybercrime-law")).toMatchObject({ value: null, credit: null, points: 0, applicable: true, links: [], files: [] });
  });

  it("gives each answer the credit and points of the scoring, and its evidence and comment", () => {
    expect(row("KEN", "cybercrime-law")).toMatchObject({
      pillar: "legal",
      type: "yes-no",
      value: "yes",
      credit: 1,
      points: 5,
      maxPoints: 5,
      comment: "Act No. 5 of 2018",
      links: ["https://example.org/act"],
      files: ["act 2018.pdf"],
    });
    expect(row("KEN", "national-cirt")).toMatchObject({ value: "no", credit: 0, points: 0 });
  });

  it('tells "none of these" (an empty choice, answered) from unanswered, though both cells are empty', () => {
    const [none, unanswered] = answerRows(version, [
      { ...source, answers: { ...source.answers, multilateral: [] } },
      { ...source, iso3: "GHA", answers: {}, comments: {}, evidence: [] },
    ]).filter((r) => r.question === "multilateral");
    expect([none!.value, none!.answered, answerRowCells(none!)[ANSWER_COLUMNS.indexOf("value")]]).toEqual([[], true, ""]);
    expect([unanswered!.value, unanswered!.answered, answerRowCells(unanswered!)[ANSWER_COLUMNS.indexOf("value")]]).toEqual([null, false, null]);
  });

  it("keeps a hidden sub-question's stale answer but marks it not applicable, without points", () => {
    expect(row("KEN", "cirt-services")).toMatchObject({ value: ["forensics"], applicable: false, credit: null, points: 0 });
  });

  it("writes cells in column order: choices joined, people's text defused in CSV", () => {
    const cells = answerRowCells(row("KEN", "multilateral"));
    expect(cells[ANSWER_COLUMNS.indexOf("value")]).toBe("budapest; malabo");
    expect(cells[ANSWER_COLUMNS.indexOf("links")]).toBe("https://example.org/treaty");
    const csv = toCsv(ANSWER_COLUMNS, [answerRowCells(row("KEN", "awareness-notes"))]);
    expect(csv.split("\r\n")[1]).toContain(`"'=HYPERLINK(""http://x"")"`);
  });
});

describe("download names", () => {
  it.each([
    { parts: ["scores", "2026 self-assessment (demo)"], type: "csv" as const, name: "scores-2026-self-assessment-demo.csv" },
    { parts: ["plan", "Cycle d'évaluation 2026", "africa"], type: "xlsx" as const, name: "plan-cycle-d-valuation-2026-africa.xlsx" },
    { parts: ["plan", "2026", undefined], type: "xlsx" as const, name: "plan-2026.xlsx" },
    { parts: ["answers", '"; filename="evil.exe'], type: "csv" as const, name: "answers-filename-evil-exe.csv" },
    { parts: ["gaps", "周期"], type: "csv" as const, name: "gaps-cycle.csv" },
  ])("$parts -> $name", ({ parts, type, name }) => {
    expect(downloadName(parts, type)).toBe(name);
    expect(name).toMatch(/^[a-z0-9.-]+$/);
  });
});
