// YAML text -> validated questionnaire (or crosswalk) file, or a list of precise, located problems.
// Pure: callers read the text; lib/files/questionnaire-files.ts does that for the repository.
import type { z } from "zod";
import { checkReferences } from "./check-references";
import { checkStructure } from "./check-structure";
import { ZCrosswalkFile, ZQuestionnaireFile, type TCrosswalkFile, type TQuestionnaireFile } from "./format-schema";
import { knownFormatKeys } from "./json-schema";
import { locate, type TProblem, type TRawProblem } from "./problems";
import { parseYamlSource, type TYamlSource } from "./yaml-source";
import { zodIssuesToProblems } from "./zod-issue-messages";

/** What later checks (crosswalks, cross-file) need to locate their problems in a file. */
export type TSourceContext = {
  fileName: string;
  data: unknown;
  positionOf?: TYamlSource["positionOf"];
};

export type TParsed<T> = { ok: true; value: T; context: TSourceContext } | { ok: false; problems: TProblem[] };

export function locateProblems(raw: readonly TRawProblem[], context: TSourceContext): TProblem[] {
  return raw.map(({ path, message }) => {
    const position = context.positionOf?.(path);
    return {
      file: context.fileName,
      where: locate(context.data, path).where,
      message,
      ...(position ? { line: position.line, column: position.column } : {}),
    };
  });
}

export function parseQuestionnaire(text: string, options: { fileName: string }): TParsed<TQuestionnaireFile> {
  return parseYaml(text, options.fileName, validateQuestionnaireData);
}

export function parseCrosswalk(text: string, options: { fileName: string }): TParsed<TCrosswalkFile> {
  return parseYaml(text, options.fileName, validateCrosswalkData);
}

/** Validates already-parsed data (e.g. JSON): the format schema, then the semantic checks. */
export function validateQuestionnaireData(context: TSourceContext): TParsed<TQuestionnaireFile> {
  const parsed = validateSchema(ZQuestionnaireFile, context);
  if (!parsed.ok) return parsed;
  const problems = [...checkStructure(parsed.value), ...checkReferences(parsed.value)];
  return problems.length > 0 ? { ok: false, problems: locateProblems(problems, context) } : parsed;
}

/** Validates a crosswalk's own format; its ids are checked against the two versions by validateCrosswalk. */
export function validateCrosswalkData(context: TSourceContext): TParsed<TCrosswalkFile> {
  return validateSchema(ZCrosswalkFile, context);
}

/** Crosswalks are told apart by their `entries` list (questionnaires have `pillars`) or their file name. */
export function looksLikeCrosswalk(fileName: string, data: unknown): boolean {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  if (base.startsWith("crosswalk")) return true;
  return data !== null && typeof data === "object" && "entries" in data && !("pillars" in data);
}

function parseYaml<T>(text: string, fileName: string, validate: (context: TSourceContext) => TParsed<T>): TParsed<T> {
  const yaml = parseYamlSource(text);
  if (!yaml.ok)
    return {
      ok: false,
      problems: yaml.errors.map((e) => ({
        file: fileName,
        where: "",
        message: `YAML syntax error: ${e.message}`,
        line: e.line,
        column: e.column,
      })),
    };
  return validate({ fileName, data: yaml.source.data, positionOf: yaml.source.positionOf });
}

function validateSchema<S extends z.ZodType>(schema: S, context: TSourceContext): TParsed<z.output<S>> {
  if (context.data === null || typeof context.data !== "object" || Array.isArray(context.data))
    return { ok: false, problems: [{ file: context.fileName, where: "", message: "the file must be a YAML mapping (key: value lines)" }] };
  const result = schema.safeParse(context.data);
  if (result.success) return { ok: true, value: result.data, context };
  return { ok: false, problems: locateProblems(zodIssuesToProblems(result.error.issues, context.data, knownFormatKeys()), context) };
}
