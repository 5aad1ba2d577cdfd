// How many published tiers the questionnaire's tier rules reproduce from the published overall score.
import type { TTierRule } from "@/lib/questionnaire/model";
import { tierFor } from "@/lib/scoring/tiers";
import type { TReferenceRow } from "./parse-gci-csv";

export type TTierAgreement = { published: number; reproduced: number; mismatches: { iso3: string; published: number; computed: number; overall: number }[] };

export function tierAgreement(rows: readonly TReferenceRow[], tiers: readonly TTierRule[]): TTierAgreement {
  const mismatches: TTierAgreement["mismatches"] = [];
  let published = 0;
  for (const row of rows) {
    if (row.tier === null) continue;
    published++;
    const computed = tierFor(row.overall, tiers).tier;
    if (computed !== row.tier) mismatches.push({ iso3: row.iso3, published: row.tier, computed, overall: row.overall });
  }
  return { published, reproduced: published - mismatches.length, mismatches };
}
