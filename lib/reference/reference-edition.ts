// Which published GCI edition a cycle is compared with: the one its questionnaire edition follows
// (five-pillars@2020 with GCI 2020, five-pillars@2024 with GCI 2024). Pure. A version that names no
// year (a draft such as "2026-beta" still does) has no published counterpart.
import { parseVersionKey } from "../questionnaire/version-key";

export function referenceEditionOf(versionKey: string): number | null {
  const year = /^(\d{4})(?:\b|[.-])/.exec(parseVersionKey(versionKey)?.version ?? "")?.[1];
  return year ? Number(year) : null;
}

/** Self-assessment minus published, per pillar and overall (2 decimals): what the report prints as the difference. */
export function differenceFromPublished(self: number, published: number | undefined): number | null {
  return typeof published === "number" ? Math.round((self - published) * 100) / 100 : null;
}
