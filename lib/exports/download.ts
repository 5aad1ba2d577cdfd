// Names and types of downloads: ASCII-only file names (safe in a Content-Disposition header without
// encoding) built from what the file holds and the cycle it is about.
export const DOWNLOAD_TYPES = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
} as const;

export type TDownloadType = keyof typeof DOWNLOAD_TYPES;

/** "2026 self-assessment (demo)" -> "2026-self-assessment-demo"; `fallback` when nothing is left. */
export function slug(text: string, fallback = "cycle"): string {
  return (
    text
      .replace(/[^A-Za-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .toLowerCase() || fallback
  );
}

/** e.g. downloadName(["scores", "2026 self-assessment"], "csv") -> "scores-2026-self-assessment.csv" */
export function downloadName(parts: readonly (string | undefined)[], type: TDownloadType): string {
  return `${parts
    .filter((p): p is string => Boolean(p))
    .map((p) => slug(p))
    .join("-")}.${type}`;
}
