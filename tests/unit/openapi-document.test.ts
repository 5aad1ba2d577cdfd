// The OpenAPI document as a product: every operation named, typed, with errors and examples; every
// schema compiles in ajv's strict mode and every example fits its schema.
import { describe, expect, it } from "vitest";
import { loadDocument, rebased, responseOf as resolve, strictAjv, type TJson, type TMedia, type TResponse } from "../support/openapi-ajv";

const doc = loadDocument();
const operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
  Object.entries(ops).map(([method, op]) => ({ name: `${method.toUpperCase()} ${path}`, op })),
);
const responseOf = (r: TResponse) => resolve(doc, r);

/** Every schema the document holds, with where it is, and every example with the schema it must fit. */
function inventory() {
  const schemas: [string, TJson][] = Object.entries(doc.components.schemas).map(([name, s]) => [`#/components/schemas/${name}`, s]);
  const examples: [string, unknown, TJson][] = [];
  const media = (where: string, content: Record<string, TMedia> = {}) => {
    for (const [type, m] of Object.entries(content)) {
      if (m.schema) schemas.push([`${where} ${type}`, m.schema]);
      if (m.example !== undefined && m.schema) examples.push([`${where} ${type}`, m.example, m.schema]);
    }
  };
  for (const { name, op } of operations) {
    for (const p of op.parameters ?? []) {
      schemas.push([`${name} ?${p.name}`, p.schema]);
      if (p.example !== undefined) examples.push([`${name} ?${p.name}`, p.example, p.schema]);
    }
    media(`${name} request`, op.requestBody?.content);
    for (const [status, r] of Object.entries(op.responses)) if (!r.$ref) media(`${name} ${status}`, r.content);
  }
  for (const [name, r] of Object.entries(doc.components.responses)) media(`#/components/responses/${name}`, r.content);
  return { schemas, examples };
}

describe("every operation", () => {
  it("has a unique, camelCase operationId", () => {
    const ids = operations.map(({ op }) => op.operationId);
    expect(ids.every((id) => typeof id === "string" && /^[a-z][a-zA-Z0-9]*$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(operations.length);
  });

  it.each(operations.map((o) => [o.name, o.op] as const))("%s: a typed 200, error responses in the error shape, and an example", (_name, op) => {
    const ok = op.responses["200"]!;
    const json = ok.content?.["application/json"];
    // A JSON answer is a named, generated schema, never a bare { type: object }.
    if (json) expect(json.schema?.$ref).toMatch(/^#\/components\/schemas\/[A-Z]/);
    else expect(Object.keys(ok.content ?? {}).length).toBeGreaterThan(0);
    const failures = Object.entries(op.responses).filter(([status]) => /^4\d\d$/.test(status));
    // Operations open to anyone (security: []) cannot answer 401; every other one can.
    const open = Array.isArray(op.security) && op.security.length === 0;
    expect(failures.map(([s]) => s)).toEqual(expect.arrayContaining(open ? ["400"] : ["400", "401"]));
    if (open) expect(failures.map(([s]) => s)).not.toContain("401");
    for (const [, r] of failures) {
      const schema = responseOf(r).content!["application/json"]!.schema!;
      expect(["Error", "AnswerConflict", "SubmissionBlocked"]).toContain(String(schema.$ref).split("/").pop());
    }
    const examples = [
      ...(op.parameters ?? []).map((p) => p.example),
      ...Object.values(op.requestBody?.content ?? {}).map((m) => m.example),
      ...Object.values(op.responses).flatMap((r) => Object.values(responseOf(r).content ?? {}).map((m) => m.example)),
    ].filter((e) => e !== undefined);
    expect(examples.length).toBeGreaterThan(0);
  });
});

describe("ajv in strict mode", () => {
  const ajv = strictAjv(doc);
  const { schemas, examples } = inventory();

  it("compiles every schema of the document", () => {
    const failed = schemas.flatMap(([where, schema]) => {
      try {
        ajv.compile(rebased(schema));
        return [];
      } catch (error) {
        return [`${where}: ${(error as Error).message}`];
      }
    });
    expect(failed).toEqual([]);
    expect(schemas.length).toBeGreaterThan(100);
  });

  it("finds every example valid against its schema", () => {
    const invalid = examples.flatMap(([where, example, schema]) => {
      const validate = ajv.compile(rebased(schema));
      return validate(example) ? [] : [`${where}: ${ajv.errorsText(validate.errors)}`];
    });
    expect(invalid).toEqual([]);
    expect(examples.length).toBeGreaterThan(operations.length);
  });

  it("rejects what the server would never send (the check has teeth)", () => {
    const page = ajv.compile(rebased({ $ref: "#/components/schemas/AssessmentPage" }));
    expect(page({ assessments: [] })).toBe(false);
    expect(page({ assessments: [], nextCursor: null, extra: 1 })).toBe(false);
    expect(page({ assessments: [], nextCursor: null })).toBe(true);
  });
});

describe("the schemas are the server's", () => {
  it("takes the list's parameters from the query schema it parses", () => {
    const params = doc.paths["/assessments"]!.get!.parameters!;
    expect(params.map((p) => p.name)).toEqual(["cycle", "country", "status", "cursor", "limit"]);
    expect(params.find((p) => p.name === "limit")!.schema).toMatchObject({ type: "integer", minimum: 1, maximum: 200, default: 50 });
  });

  it("describes dates as ISO 8601 strings and the page's cursor", () => {
    const { schemas } = doc.components;
    expect(schemas.Cycle!.properties).toMatchObject({ opensAt: { type: "string", format: "date-time" } });
    expect(schemas.AssessmentPage!.required).toEqual(["assessments", "nextCursor"]);
  });
});
