// Every shipped questionnaire file validates, crosswalks included, and points editors at the JSON Schema.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { allProblems, listQuestionnaireFiles, loadQuestionnaireSet } from "@/lib/files/questionnaire-files";
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
    expect(set.questionnaires.length + set.crosswalks.length).toBe((await listQuestionnaireFiles(SHIPPED)).length);
  });

  it.each(yamlFiles)("%s starts with the yaml-language-server schema line", (file) => {
    const schema = path.basename(file).startsWith("crosswalk") ? "crosswalk" : "questionnaire";
    const firstLine = readFileSync(path.join(SHIPPED, file), "utf8").split("\n")[0];
    expect(firstLine).toBe(`# yaml-language-server: $schema=../schema/${schema}.schema.json`);
  });
});
