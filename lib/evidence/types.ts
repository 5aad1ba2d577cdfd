// Evidence as the UI and the JSON API see it. No server imports: client components use these types.
export type TEvidenceRequirement = "none" | "link" | "document" | "either";

type TEvidenceBase = {
  id: string;
  questionId: string;
  /** ISO 8601, so the item crosses the server/client and JSON boundaries unchanged. */
  createdAt: string;
  createdByName: string | null;
};

export type TEvidenceLink = TEvidenceBase & { kind: "link"; url: string; title: string | null };

export type TEvidenceFile = TEvidenceBase & {
  kind: "file";
  /** The sanitized display name; its extension always matches the detected type. */
  fileName: string;
  size: number;
  mimeType: string;
  sha256: string;
};

export type TEvidenceItem = TEvidenceLink | TEvidenceFile;

/** An assessment's evidence keyed by question id; questions without evidence are absent. */
export type TEvidenceByQuestion = Record<string, TEvidenceItem[]>;

/** Whether the items meet what the question asks for ("none" is always met). */
export function evidenceSatisfies(required: TEvidenceRequirement, items: readonly TEvidenceItem[]): boolean {
  if (required === "none") return true;
  if (required === "link") return items.some((i) => i.kind === "link");
  if (required === "document") return items.some((i) => i.kind === "file");
  return items.length > 0;
}
