// zod -> JSON Schema (draft 2020-12, as OpenAPI 3.1 uses) for the OpenAPI document. Requests are
// described as the routes parse them (io "input"), responses as the server builds them ("output").
import { z } from "zod";

export type TJsonSchema = { [key: string]: unknown };
type TIo = "input" | "output";

/** Dates leave the server as ISO 8601 strings (JSON.stringify); anything else without a JSON form is a mistake. */
const unrepresentable = ({ zodSchema }: { zodSchema: { _zod: { def: { type: string } } } }) =>
  zodSchema._zod.def.type === "date" ? { type: "string" as const, format: "date-time" } : ("throw" as const);

const options = (io: TIo) => ({ io, target: "draft-2020-12" as const, unrepresentable });

/** What each schema's own `$schema` and `$id` would say is the document's business. */
function bare(json: object): TJsonSchema {
  const { $schema: _schema, $id: _id, ...rest } = json as TJsonSchema;
  return rest;
}

/** One schema written in place (a parameter, an inline body). */
export const jsonSchema = (schema: z.core.$ZodType, io: TIo): TJsonSchema => bare(z.toJSONSchema(schema, options(io)));

/**
 * Named schemas for components.schemas, converted together so that a named schema used inside
 * another becomes a `$ref` to its component instead of a copy.
 */
export function componentSchemas(named: Record<string, z.core.$ZodType>, io: TIo): Record<string, TJsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(named)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { ...options(io), uri: (id) => `#/components/schemas/${id}` });
  return Object.fromEntries(Object.entries(schemas).map(([id, json]) => [id, bare(json)]));
}

/** Query parameters from an object schema's properties, so they say exactly what the route parses. */
export function queryParameters(schema: z.ZodObject, examples: Record<string, unknown> = {}) {
  const json = jsonSchema(schema, "input") as { properties?: Record<string, TJsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, { description, ...prop }]) => ({
    name,
    in: "query" as const,
    required: json.required?.includes(name) ?? false,
    ...(description ? { description } : {}),
    schema: prop,
    ...(name in examples ? { example: examples[name] } : {}),
  }));
}
