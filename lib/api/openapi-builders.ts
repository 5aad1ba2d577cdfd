// Small builders for the OpenAPI document's operations, so each path reads as what it does.
import type { TJsonSchema } from "./json-schema";

export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const MEDIA = { json: "application/json", csv: "text/csv", xlsx: XLSX, pdf: "application/pdf", multipart: "multipart/form-data" } as const;

/** A download: the body is the file itself. */
export const file = (mediaType: string) => ({ [mediaType]: { schema: { type: "string", contentMediaType: mediaType } } });

/** A JSON body described by a named schema, with an example as the client receives it. */
export const json = (schema: string, example: unknown) => ({ [MEDIA.json]: { schema: ref(schema), example } });

export const text = (mediaType: string, example: string) => ({ [mediaType]: { schema: { type: "string" }, example } });

export const ok = (description: string, content: Record<string, unknown>) => ({ "200": { description, content } });

export const body = (content: Record<string, unknown>) => ({ required: true, content });

/** A multipart upload of the given fields; `file` carries the document. */
export const multipart = (fields: string[]) => ({
  [MEDIA.multipart]: {
    schema: {
      type: "object",
      required: fields,
      properties: Object.fromEntries(
        fields.map((f) => [f, f === "file" ? { type: "string", contentMediaType: "application/octet-stream" } : { type: "string", minLength: 1 }]),
      ),
    },
  },
});

const ERROR_RESPONSES = {
  400: "BadRequest",
  401: "Unauthenticated",
  403: "Forbidden",
  404: "NotFound",
  409: "Conflict",
  413: "TooLarge",
  415: "UnsupportedMediaType",
  422: "Invalid",
} as const;
export type TErrorStatus = keyof typeof ERROR_RESPONSES;

const ERROR_DESCRIPTIONS: Record<TErrorStatus, string> = {
  400: "Malformed request: a path or query parameter or the body cannot be read",
  401: "Not signed in and no valid bearer token",
  403: "Signed in, but not allowed to do this (or a cross-origin write with the session cookie)",
  404: "Not found, or not visible to the caller (another country's assessment answers 404, so its existence does not leak)",
  409: "The resource's state does not allow this now",
  413: "The body is larger than this operation accepts",
  415: "The body is neither JSON nor multipart/form-data",
  422: "Valid JSON, but some values are not valid: `fields` says which",
};

/** Errors every route may answer: unreadable parameters and missing authentication (defineRoute). */
const ALWAYS: TErrorStatus[] = [400, 401];
/** The open API (definePublicRoute) needs no authentication: only unreadable parameters. */
const OPEN: TErrorStatus[] = [400];
/** And every state-changing route: cross-origin cookie writes, body size and type (defineRoute, readJson). */
const WRITES: TErrorStatus[] = [...ALWAYS, 403, 413, 415];

/**
 * The error responses of an operation: the shared ones for each status, or a specific schema and
 * example where the operation says more (a save conflict carries both values).
 */
export function errors(
  kind: "read" | "write" | "open",
  extra: TErrorStatus[],
  specific: Partial<Record<TErrorStatus, { description: string; schema: string; example: unknown }>> = {},
) {
  const statuses = [
    ...new Set([...(kind === "read" ? ALWAYS : kind === "open" ? OPEN : WRITES), ...extra, ...(Object.keys(specific).map(Number) as TErrorStatus[])]),
  ].sort();
  return Object.fromEntries(
    statuses.map((status) => {
      const own = specific[status];
      return [
        String(status),
        own ? { description: own.description, content: json(own.schema, own.example) } : { $ref: `#/components/responses/${ERROR_RESPONSES[status]}` },
      ];
    }),
  );
}

/** components.responses: one per error status, each with an example. */
export function errorResponses(examples: Record<TErrorStatus, unknown>) {
  return Object.fromEntries(
    (Object.entries(ERROR_RESPONSES) as unknown as [string, string][]).map(([status, name]) => [
      name,
      { description: ERROR_DESCRIPTIONS[Number(status) as TErrorStatus], content: json("Error", examples[Number(status) as TErrorStatus]) },
    ]),
  );
}

export const pathParam = (name: string, example: string, description?: string, schema: TJsonSchema = { type: "string", minLength: 1 }) => ({
  name,
  in: "path" as const,
  required: true,
  ...(description ? { description } : {}),
  schema,
  example,
});

export const queryParam = (name: string, schema: TJsonSchema, example: unknown, description?: string) => ({
  name,
  in: "query" as const,
  required: false,
  ...(description ? { description } : {}),
  schema,
  example,
});
