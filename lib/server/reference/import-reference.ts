import "server-only";
import { isAdmin, type TActor } from "../../authz/policy";
import { loadVersion } from "../../files/questionnaire-files";
import type { TTierRule } from "../../questionnaire/model";
import { formatProblem, parseGciCsv } from "../../reference/parse-gci-csv";
import { rankInversions, type TRankInversion } from "../../reference/rank-inversions";
import { tierAgreement, type TTierAgreement } from "../../reference/tier-agreement";
import { audit } from "../audit";
import { db } from "../db";
import { AppError, forbidden } from "../errors";
import { loadStoredVersion } from "../questionnaires/get-questionnaire-version";

/** The GCI 2024 thresholds are the tiers of the questionnaire version that reproduces that edition. */
export const TIER_RULES_VERSION = { questionnaireId: "five-pillars", version: "2024" } as const;

export type TImportReport = {
  edition: number;
  imported: number;
  created: number;
  updated: number;
  tiers: TTierAgreement;
  /** Neighbours in the published ranking whose scores are the other way round: imported as published, and flagged. */
  inversions: TRankInversion[];
};

async function tierRules(): Promise<TTierRule[]> {
  const row = await db().questionnaireVersion.findUnique({ where: { questionnaireId_version: TIER_RULES_VERSION }, select: { id: true } });
  if (row) return (await loadStoredVersion(row.id)).tiers;
  return (await loadVersion(`${TIER_RULES_VERSION.questionnaireId}@${TIER_RULES_VERSION.version}`)).tiers;
}

/** Admins load one edition of the published GCI: all rows or none, upserted by (edition, iso3). */
export async function importReference(actor: TActor, input: { csv: string; edition: number; source: string }): Promise<TImportReport> {
  if (!isAdmin(actor)) throw forbidden("Only admins import reference results");
  if (!Number.isInteger(input.edition) || input.edition < 2000 || input.edition > 2100) {
    throw new AppError("invalid", "The edition must be a year", { edition: "Enter a year, e.g. 2024" });
  }
  const { rows, problems } = parseGciCsv(input.csv, { edition: input.edition });
  if (problems.length > 0) {
    const shown = problems.slice(0, 20).map(formatProblem);
    const more = problems.length > shown.length ? [`... and ${problems.length - shown.length} more`] : [];
    throw new AppError("invalid", `The file has ${problems.length} problem(s):\n${[...shown, ...more].join("\n")}`, { file: shown[0]! }, { problems });
  }
  if (rows.length === 0) throw new AppError("invalid", "The file has no rows", { file: "The file has no rows" });
  const tiers = tierAgreement(rows, await tierRules());

  const existing = new Set((await db().referenceResult.findMany({ where: { edition: input.edition }, select: { iso3: true } })).map((r) => r.iso3));
  await db().$transaction(
    async (tx) => {
      for (const r of rows) {
        const data = {
          overall: r.overall,
          legal: r.legal,
          technical: r.technical,
          organizational: r.organizational,
          capacityDevelopment: r.capacityDevelopment,
          cooperation: r.cooperation,
          tier: r.tier,
          rank: r.rank,
          source: input.source,
        };
        await tx.referenceResult.upsert({
          where: { edition_iso3: { edition: input.edition, iso3: r.iso3 } },
          create: { edition: input.edition, iso3: r.iso3, ...data },
          update: data,
        });
      }
      await audit(tx, actor, {
        action: "reference.import",
        entityType: "reference",
        entityId: String(input.edition),
        data: { rows: rows.length, source: input.source },
      });
    },
    { timeout: 60_000 },
  );
  const created = rows.filter((r) => !existing.has(r.iso3)).length;
  return { edition: input.edition, imported: rows.length, created, updated: rows.length - created, tiers, inversions: rankInversions(rows) };
}

export function formatImportReport(report: TImportReport): string {
  const lines = [
    `imported ${report.imported} rows (edition ${report.edition}); tier rules reproduce ${report.tiers.reproduced} of ${report.tiers.published} published tiers`,
  ];
  if (report.inversions.length > 0) {
    lines.push(`warning: ${report.inversions.length} place(s) where the published rank and score disagree (imported as published):`);
    for (const { above, below } of report.inversions)
      lines.push(`  ${above.iso3} rank ${above.rank} has ${above.overall}, below ${below.iso3} rank ${below.rank} with ${below.overall}`);
  }
  return lines.join("\n");
}
