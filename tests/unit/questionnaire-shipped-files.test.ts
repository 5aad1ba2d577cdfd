// Every shipped questionnaire file validates, crosswalks included, and points editors at the JSON Schema.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { allProblems, listQuestionnaireFiles, loadQuestionnaireSet } from "@/lib/files/questionnaire-files";
import { schemaLineFor } from "@/lib/questionnaire/json-schema";
import { formatProblem } from "@/lib/questionnaire/problems";

const SHIPPED = "questionnaires";
const yamlFiles = readdirSync(SHIPPED, { recursive: true, encoding: "utf8" })
  .filter((f) => /\.ya?ml$/.test(f))
  .sort();

describe("shipped questionnaires", () => {
  it("include both editions of five-pillars and their crosswalk", () => {
    expect(yamlFiles).toEqual(
      expect.arrayContaining([
        path.join("five-pillars", "2020.yaml"),
        path.join("five-pillars", "2024.yaml"),
        path.join("five-pillars", "crosswalk-2020-to-2024.yaml"),
      ]),
    );
  });

  it("all validate, with no cross-file problem", async () => {
    const set = await loadQuestionnaireSet(SHIPPED);
    expect(allProblems(set).map(formatProblem)).toEqual([]);
    const files = await listQuestionnaireFiles(SHIPPED);
    expect(set.questionnaires.length + set.crosswalks.length).toBe(files.filter((f) => !f.includes(`${path.sep}translations${path.sep}`)).length);
  });

  it.each(yamlFiles)("%s starts with the yaml-language-server schema line", (file) => {
    const firstLine = readFileSync(path.join(SHIPPED, file), "utf8").split("\n")[0];
    expect(firstLine).toBe(schemaLineFor(file));
    expect(firstLine).toMatch(/schema\/(questionnaire|crosswalk|translation|glossary)\.schema\.json$/);
  });
});
