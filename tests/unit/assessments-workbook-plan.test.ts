// A filled workbook against the assessment as it stands: every row is changed, unchanged, invalid
// (with the reason) or a conflict with a newer answer; nothing is decided twice.
import { describe, expect, it } from "vitest";
import { loadVersion } from "@/lib/files/questionnaire-files";
import { parseCell, planWorkbook, type TChoiceLabels, type TWorkbookRow } from "@/lib/assessments/workbook-plan";

const labels: TChoiceLabels = {
  yes: "Oui",
  no: "Non",
  "in-place": "En place",
  "partially-in-place": "Partiellement en place",
  "in-progress": "En cours",
  "not-in-place": "Pas en place",
};
const version = await loadVersion("mini@2024", { dir: "tests/fixtures/questionnaires/mini" });
const q = (id: string) => version.questionById[id]!;

describe("parseCell", () => {
  it.each([
    ["a scale label in French", "cybercrime-substantive", " en PLACE ", { value: "in-place" }],
    ["a scale value id", "cybercrime-substantive", "partially-in-place", { value: "partially-in-place" }],
    ["yes / no", "data-protection-law", "Oui", { value: "yes" }],
    ["an option label", "cirt-exists", "Équipe informelle", { value: "informal" }],
    ["ticked options, in the question's order", "cirt-services", "Criminalistique; Réponse aux incidents", { value: ["incident-response", "forensics"] }],
    ["a number with a decimal comma", "awareness-campaigns", "12,0", { value: 12 }],
    ["a date", "data-protection-date", "2019-05-24", { value: "2019-05-24" }],
    ["an empty cell (unanswered)", "cybercrime-substantive", "   ", { value: null }],
  ])("reads %s", (_what, id, cell, expected) => {
    expect(parseCell(q(id), cell, labels, "fr")).toEqual(expected);
  });

  it.each([
    ["a word that is no answer", "cybercrime-substantive", "Bientôt", /not one of the allowed answers \(En place \/ Partiellement en place/],
    ["an unknown option", "cirt-services", "Réponse aux incidents; Drones", /not an option: "Drones"/],
    ["a number out of range", "awareness-campaigns", "5000", /at most 1000/],
    ["text that is not a number", "awareness-campaigns", "beaucoup", /is not a number/],
    ["a date in another format", "data-protection-date", "24/05/2019", /YYYY-MM-DD/],
  ])("refuses %s", (_what, id, cell, reason) => {
    expect(parseCell(q(id), cell, labels, "fr")).toEqual({ reason: expect.stringMatching(reason) });
  });
});

describe("planWorkbook", () => {
  const row = (n: number, questionId: string, answer: string, revision: number | null, comment = ""): TWorkbookRow => ({
    sheet: "Legal",
    row: n,
    questionId,
    answer,
    comment,
    revision,
  });
  const current = {
    "cybercrime-substantive": { value: "in-progress", revision: 2, comment: null },
    "data-protection-law": { value: "no", revision: 5, comment: "Bill in parliament" },
    "cirt-exists": { value: "none", revision: 1, comment: null },
  };
  const editable = new Set(["cybercrime-substantive", "data-protection-law", "data-protection-date", "national-strategy"]);

  it("sorts every row into changed, unchanged, invalid and conflicts", () => {
    const plan = planWorkbook(
      version,
      [
        row(2, "cybercrime-substantive", "En place", 2),
        row(3, "data-protection-law", "Non", 5, "Bill in parliament"),
        row(4, "data-protection-law", "Oui", 5),
        row(5, "national-strategy", "Peut-être", 0),
        row(6, "gone-question", "Oui", 0),
        row(7, "cirt-exists", "Mandat formel", 1),
      ],
      current,
      { editable, labels, locale: "fr" },
    );
    expect(plan.changed).toEqual([{ sheet: "Legal", row: 2, questionId: "cybercrime-substantive", value: "in-place", comment: null, revision: 2 }]);
    expect(plan.unchanged).toBe(1);
    expect(plan.invalid.map((p) => [p.row, p.reason])).toEqual([
      [4, "data-protection-law appears twice in the workbook"],
      [5, expect.stringContaining('"Peut-être" is not one of the allowed answers')],
      [6, "no question gone-question in mini@2024"],
      [7, expect.stringContaining("you cannot change this answer now")],
    ]);
    expect(plan.conflicts).toEqual([]);
  });

  it("never overwrites an answer saved after the export: a conflict with both values", () => {
    const plan = planWorkbook(version, [row(2, "data-protection-law", "Oui", 3)], current, { editable, labels, locale: "fr" });
    expect(plan.changed).toEqual([]);
    expect(plan.conflicts).toEqual([{ sheet: "Legal", row: 2, questionId: "data-protection-law", mine: "yes", theirs: "no", theirRevision: 5 }]);
  });

  it("answers a question for the first time, and clears one with an empty cell", () => {
    const plan = planWorkbook(version, [row(2, "national-strategy", "En cours", null), row(3, "cybercrime-substantive", "", 2)], current, {
      editable,
      labels,
      locale: "fr",
    });
    expect(plan.changed.map((c) => [c.questionId, c.value, c.revision])).toEqual([
      ["national-strategy", "in-progress", 0],
      ["cybercrime-substantive", null, 2],
    ]);
  });
});
