// The audit trail's filters (shared by the page and the API) and the CSV download's name. Pure.

/** Named filters of the page, each an action prefix of the audit log ("all" has none). */
export const AUDIT_FILTERS = { all: undefined, workflow: "assessment.", answers: "answer.", threads: "thread." } as const;
export type TAuditFilter = keyof typeof AUDIT_FILTERS;

export function auditFilterOf(raw: unknown): TAuditFilter {
  return typeof raw === "string" && Object.hasOwn(AUDIT_FILTERS, raw) ? (raw as TAuditFilter) : "all";
}

/**
 * The CSV download's name: "audit-KEN-2025-cycle.csv": the cycle reduced to ASCII letters,
 * digits and dashes, so no quote, slash or control character reaches the Content-Disposition header.
 */
export function auditFileName(iso3: string, cycleName: string): string {
  const slug = (s: string) =>
    s
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60)
      .replace(/-+$/, "");
  const country = iso3
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, "")
    .slice(0, 3);
  return `audit-${country || "XXX"}-${slug(cycleName) || "cycle"}.csv`;
}
