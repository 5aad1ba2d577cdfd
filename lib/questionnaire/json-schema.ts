// JSON Schemas for editors (YAML language server), generated from the zod format so they never drift.
// The CLI writes them to questionnaires/schema/; a unit test compares the committed files with this output.
import { z } from "zod";
import {
  ZCondition,
  ZCrosswalkEntry,
  ZCrosswalkFile,
  ZGapRule,
  ZIndicator,
  ZLocalizedText,
  ZOption,
  ZPillar,
  ZQuestion,
  ZQuestionnaireFile,
  ZReference,
  ZShowIf,
  ZTier,
} from "./format-schema";
import { ZGlossary } from "./glossary";
import { ZTranslationFile } from "./translation-file";

export const QUESTIONNAIRE_SCHEMA_FILE = "questionnaire.schema.json";
export const CROSSWALK_SCHEMA_FILE = "crosswalk.schema.json";
export const TRANSLATION_SCHEMA_FILE = "translation.schema.json";
export const GLOSSARY_SCHEMA_FILE = "glossary.schema.json";

type TJsonSchema = Record<string, unknown>;

// Named parts become readable $defs (LocalizedText, Question...) instead of being inlined at every use.
const definitions = z.registry<{ id: string }>();
for (const [id, schema] of Object.entries({
  LocalizedText: ZLocalizedText,
  Option: ZOption,
  Reference: ZReference,
  ShowIf: ZShowIf,
  Question: ZQuestion,
  Indicator: ZIndicator,
  Pillar: ZPillar,
  Condition: ZCondition,
  GapRule: ZGapRule,
  Tier: ZTier,
  CrosswalkEntry: ZCrosswalkEntry,
}))
  definitions.add(schema, { id });

// io "input": editors check what experts type, where defaulted keys are optional.
function generate(schema: z.ZodType, title: string, description: string): TJsonSchema {
  const { $schema, ...rest } = z.toJSONSchema(schema, { io: "input", metadata: definitions }) as TJsonSchema;
  return { $schema, title, description, ...rest };
}

export function questionnaireJsonSchema(): TJsonSchema {
  return generate(
    ZQuestionnaireFile,
    "Five Pillars questionnaire version",
    "One version of a questionnaire: five pillars of indicators and questions, tiers and gap rules. Generated from lib/questionnaire/format-schema.ts.",
  );
}

export function crosswalkJsonSchema(): TJsonSchema {
  return generate(
    ZCrosswalkFile,
    "Five Pillars questionnaire crosswalk",
    "How every question of one questionnaire version maps to the next. Generated from lib/questionnaire/format-schema.ts.",
  );
}

export function translationJsonSchema(): TJsonSchema {
  return generate(
    ZTranslationFile,
    "Five Pillars questionnaire translation",
    "One language's text of one edition or crosswalk, by text key (translations/<version>/<lang>.yaml). Generated from lib/questionnaire/translation-file.ts.",
  );
}

export function glossaryJsonSchema(): TJsonSchema {
  return generate(
    ZGlossary,
    "Five Pillars glossary",
    "The key terms in the six UN languages (questionnaires/glossary.yaml). Generated from lib/questionnaire/glossary.ts.",
  );
}

/** The generated files, exactly as committed under questionnaires/schema/. */
export function renderJsonSchemaFiles(): { fileName: string; content: string }[] {
  return [
    { fileName: QUESTIONNAIRE_SCHEMA_FILE, content: `${JSON.stringify(questionnaireJsonSchema(), null, 2)}\n` },
    { fileName: CROSSWALK_SCHEMA_FILE, content: `${JSON.stringify(crosswalkJsonSchema(), null, 2)}\n` },
    { fileName: TRANSLATION_SCHEMA_FILE, content: `${JSON.stringify(translationJsonSchema(), null, 2)}\n` },
    { fileName: GLOSSARY_SCHEMA_FILE, content: `${JSON.stringify(glossaryJsonSchema(), null, 2)}\n` },
  ];
}

/** The first line of each kind of shipped YAML file, pointing editors at its JSON Schema. */
export function schemaLineFor(relativePath: string): string {
  const parts = relativePath.split(/[\\/]/);
  const depth = parts.length - 1;
  const up = depth === 0 ? "" : "../".repeat(depth);
  const base = parts[parts.length - 1] ?? "";
  const kind =
    base === "glossary.yaml" ? "glossary" : parts.includes("translations") ? "translation" : base.startsWith("crosswalk") ? "crosswalk" : "questionnaire";
  return `# yaml-language-server: $schema=${up}schema/${kind}.schema.json`;
}

let knownKeys: ReadonlySet<string> | undefined;

/** Every key the formats know, for "did you mean" hints on misspelt keys. */
export function knownFormatKeys(): ReadonlySet<string> {
  if (!knownKeys) {
    const keys = new Set<string>();
    collectPropertyNames(questionnaireJsonSchema(), keys);
    collectPropertyNames(crosswalkJsonSchema(), keys);
    keys.delete("$schema");
    knownKeys = keys;
  }
  return knownKeys;
}

function collectPropertyNames(node: unknown, keys: Set<string>): void {
  if (Array.isArray(node)) return node.forEach((child) => collectPropertyNames(child, keys));
  if (node === null || typeof node !== "object") return;
  for (const [key, child] of Object.entries(node)) {
    if (key === "properties" && child && typeof child === "object") Object.keys(child).forEach((k) => keys.add(k));
    collectPropertyNames(child, keys);
  }
}
