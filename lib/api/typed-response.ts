// Ties each JSON route to the response schema the OpenAPI document shows for it.
import type { z } from "zod";

/**
 * What a route may send for a response schema: the same shape, with each string enum as a plain
 * string, since the database keeps statuses and kinds as text. The values themselves are checked
 * against the document by the integration tests (tests/integration/api-document-responses...).
 */
export type TServerValue<T> = T extends string
  ? string
  : T extends Date
    ? Date
    : T extends readonly (infer E)[]
      ? readonly TServerValue<E>[]
      : T extends object
        ? { [K in keyof T]: TServerValue<T[K]> }
        : T;

/** Fails to compile when the body does not fit the schema; returns the body unchanged (no parsing at run time). */
export function responds<S extends z.ZodType>(_schema: S, body: TServerValue<z.output<S>>): TServerValue<z.output<S>> {
  return body;
}
