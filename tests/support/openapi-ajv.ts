// ajv in strict mode over the OpenAPI document: compiles its schemas and checks bodies against the
// response an operation documents. Used by the document's unit test and the live-response test.
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { openApiDocument } from "@/lib/api/openapi-document";

export type TJson = { [key: string]: unknown };
export type TMedia = { schema?: TJson; example?: unknown };
export type TResponse = { $ref?: string; description?: string; content?: Record<string, TMedia> };
export type TParameter = { name: string; in: string; schema: TJson; example?: unknown };
export type TOperation = {
  operationId?: string;
  summary?: string;
  parameters?: TParameter[];
  requestBody?: { content: Record<string, TMedia> };
  responses: Record<string, TResponse>;
  /** [] for operations open to anyone; absent where the document-wide security applies. */
  security?: unknown[];
};
export type TDocument = {
  paths: Record<string, Record<string, TOperation>>;
  components: { schemas: Record<string, TJson>; responses: Record<string, TResponse> };
};

/** The document as clients receive it: JSON. */
export const loadDocument = (): TDocument => JSON.parse(JSON.stringify(openApiDocument("https://five-pillars.example.org")));

// components.schemas under an absolute id, so a schema anywhere in the document can $ref it.
const COMPONENTS = "https://five-pillars.invalid/components.json";
export const rebased = <T>(value: T): T => JSON.parse(JSON.stringify(value).replaceAll('"#/components/schemas/', `"${COMPONENTS}#/$defs/`));

export function strictAjv(doc: TDocument) {
  // strict: unknown keywords and formats, ignored keywords, missing types and union types are errors.
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ $id: COMPONENTS, $defs: rebased(doc.components.schemas) });
  return ajv;
}

export const responseOf = (doc: TDocument, r: TResponse): TResponse => (r.$ref ? doc.components.responses[r.$ref.replace("#/components/responses/", "")]! : r);

/**
 * Checks a JSON body against what `METHOD /path` documents for its status: the errors ajv finds,
 * empty when it fits. An undocumented status is an error too.
 */
export function documentedResponseChecker(doc: TDocument = loadDocument()) {
  const ajv = strictAjv(doc);
  return (operation: string, status: number, body: unknown): string[] => {
    const [method, path] = operation.split(" ") as [string, string];
    const response = doc.paths[path]?.[method.toLowerCase()]?.responses[String(status)];
    if (!response) return [`${operation} does not document ${status}`];
    const schema = responseOf(doc, response).content?.["application/json"]?.schema;
    if (!schema) return [`${operation} ${status} documents no JSON body`];
    const validate = ajv.compile(rebased(schema));
    return validate(body) ? [] : (validate.errors ?? []).map((e) => `${operation} ${status}: ${e.instancePath || "/"} ${e.message}`);
  };
}
