import { createTranslator } from "next-intl";
import { loadMessages } from "./load-messages";
import type { TLocale } from "./routing";

export type TTranslate = (key: string, values?: Record<string, string | number>) => string;

/**
 * Translators of one locale that are not bound to a request, so files (the report PDF, the plan
 * workbook) render the same in routes, the CLI and tests.
 */
export async function plainTranslators(locale: TLocale): Promise<(namespace: string) => TTranslate> {
  const messages = await loadMessages(locale);
  return (namespace) => createTranslator({ locale, messages, namespace }) as unknown as TTranslate;
}
