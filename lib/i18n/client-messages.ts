// The message namespaces that client components read with useTranslations. Only these travel to the
// browser (in every page's payload); the rest is rendered on the server. A focal point on a slow line
// downloads about a third less text. tests/unit/i18n-client-messages.test.ts keeps the list complete.

export const CLIENT_NAMESPACES = [
  "account",
  "admin",
  "answers",
  "assessment",
  "cycles",
  "errors",
  "evidence",
  "forgotPassword",
  "nav",
  "notifications",
  "passwordRules",
  "pillars",
  "questionnaire",
  "reference",
  "regions",
  "resetPassword",
  "review",
  "roles",
  "signIn",
  "team",
] as const;

/** The catalogue cut down to the given top-level namespaces. */
export function pickNamespaces<T extends Record<string, unknown>>(messages: T, namespaces: readonly string[]): Partial<T> {
  return Object.fromEntries(namespaces.filter((n) => n in messages).map((n) => [n, messages[n]])) as Partial<T>;
}
