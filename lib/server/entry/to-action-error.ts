import "server-only";
import { z } from "zod";
import { AppError } from "../errors";
import { logger } from "../logger";
import type { TActionError } from "../../api/action-result";

/** Field errors keyed by the input's path, so forms can put each one on its field. */
export function zodFields(error: z.core.$ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) fields[issue.path.join(".") || "_"] ??= issue.message;
  return fields;
}

/** Known errors pass through; anything else is logged with an id and hidden behind a generic message. */
export function toActionError(error: unknown): TActionError & { status: number } {
  if (error instanceof AppError) {
    return { code: error.code, message: error.message, fields: error.fields, details: error.details, status: error.status };
  }
  // core.$ZodError: schemas written with zod or zod/mini (the evidence link form) alike.
  if (error instanceof z.core.$ZodError) {
    return { code: "invalid", message: "Some fields are not valid", fields: zodFields(error), status: 422 };
  }
  const id = crypto.randomUUID();
  logger.error({ err: error, errorId: id }, "unexpected error");
  return { code: "internal", message: `Something went wrong (error ${id.slice(0, 8)}). Nothing was changed.`, status: 500 };
}
