// The committed editor schemas must equal what the zod format generates: run `npm run cli -- questionnaire json-schema`.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { crosswalkJsonSchema, questionnaireJsonSchema, renderJsonSchemaFiles } from "@/lib/questionnaire/json-schema";
import { miniText } from "../fixtures/questionnaires/load-fixtures";

describe("questionnaires/schema/*.schema.json", () => {
  it.each(renderJsonSchemaFiles())("$fileName is up to date with the zod format", ({ fileName, content }) => {
    expect(readFileSync(`questionnaires/schema/${fileName}`, "utf8")).toBe(content);
  });

  it("describes what experts type: defaulted keys are optional, unknown keys refused", () => {
    const schema = questionnaireJsonSchema() as { required: string[]; additionalProperties: boolean; $defs: Record<string, unknown> };
    expect(schema.required).toEqual(["id", "version", "status", "title", "disclaimer", "tiers", "pillars"]);
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.$defs)).toEqual(expect.arrayContaining(["LocalizedText", "Question", "Condition", "GapRule"]));
    expect((crosswalkJsonSchema() as { required: string[] }).required).toEqual(["questionnaire", "from", "to", "entries"]);
  });

  it.each(["2020.yaml", "2024.yaml", "crosswalk-2020-to-2024.yaml"] as const)("fixture %s points editors at the schema", (name) => {
    const schema = name.startsWith("crosswalk") ? "crosswalk" : "questionnaire";
    expect(miniText(name).split("\n")[0]).toBe(`# yaml-language-server: $schema=../../../../questionnaires/schema/${schema}.schema.json`);
    expect(parse(miniText(name))).toBeTypeOf("object");
  });
});
