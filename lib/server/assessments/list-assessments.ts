import "server-only";
import { z } from "zod";
import { headlineOf, parseStoredScore } from "../../assessments/stored-score";
import { ASSESSMENT_STATUSES, type TAssessmentStatus } from "../../authz/assessment-rules";
import { visibleCountries, type TActor } from "../../authz/policy";
import type { Prisma } from "../../generated/prisma/client";
import { db } from "../db";

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

/** Where the previous page ended, in the list's order: the cycle's opening, the country, the id. */
const ZCursorKey = z.tuple([z.number().int(), z.string().regex(/^[A-Z]{3}$/), z.string().min(1).max(64)]);
type TCursorKey = z.infer<typeof ZCursorKey>;

const encodeCursor = (key: TCursorKey) => Buffer.from(JSON.stringify(key)).toString("base64url");

function decodeCursor(cursor: string): TCursorKey | null {
  try {
    const parsed = ZCursorKey.safeParse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const LIMIT_MESSAGE = `limit is a whole number from 1 to ${MAX_PAGE_SIZE}`;

/** GET /api/v1/assessments: optional filters and the page (`cursor` is the previous page's `nextCursor`). */
export const ZListAssessmentsQuery = z.object({
  cycle: z.string().min(1).max(100).optional().describe("Only this cycle (its id)"),
  country: z
    .string()
    .regex(/^[A-Za-z]{3}$/, "country is an ISO 3166-1 alpha-3 code, such as KEN")
    .transform((iso3) => iso3.toUpperCase())
    .optional()
    .describe("Only this country (ISO 3166-1 alpha-3)"),
  status: z
    .enum(ASSESSMENT_STATUSES as readonly TAssessmentStatus[] as [TAssessmentStatus, ...TAssessmentStatus[]])
    .optional()
    .describe("Only assessments in this status"),
  cursor: z
    .string()
    .max(200)
    .transform((cursor, ctx) => {
      const key = decodeCursor(cursor);
      if (!key) ctx.addIssue({ code: "custom", message: "cursor is not one this API returned: pass the previous page's nextCursor unchanged" });
      return key ?? z.NEVER;
    })
    .optional()
    .describe("The previous page's nextCursor (opaque); omit for the first page"),
  limit: z.coerce
    .number({ error: LIMIT_MESSAGE })
    .int(LIMIT_MESSAGE)
    .min(1, LIMIT_MESSAGE)
    .max(MAX_PAGE_SIZE, LIMIT_MESSAGE)
    .default(DEFAULT_PAGE_SIZE)
    .describe(`Rows per page, at most ${MAX_PAGE_SIZE}`),
});
export type TListAssessmentsQuery = z.input<typeof ZListAssessmentsQuery>;

/** Rows after the cursor in the list's order (newest cycle first, then country, then id). */
function after([opensAtMs, iso3, id]: TCursorKey): Prisma.AssessmentWhereInput {
  const opensAt = new Date(opensAtMs);
  return {
    OR: [{ cycle: { opensAt: { lt: opensAt } } }, { cycle: { opensAt }, countryIso3: { gt: iso3 } }, { cycle: { opensAt }, countryIso3: iso3, id: { gt: id } }],
  };
}

/**
 * The assessments the actor may see, a page at a time: their own country's, or every one for
 * reviewers and admins, each with its stored score of record and the basis it shows (self-reported
 * or validated). Ordered by the cycle's opening (newest first), country and id, all fixed once a
 * row exists, so paging while rows are added never skips or repeats one.
 */
export async function listAssessments(actor: TActor, raw: TListAssessmentsQuery = {}) {
  const query = ZListAssessmentsQuery.parse(raw);
  const countries = visibleCountries(actor);
  const where: Prisma.AssessmentWhereInput = {
    AND: [
      countries === "all" ? {} : { countryIso3: { in: countries } },
      query.cycle ? { cycleId: query.cycle } : {},
      query.country ? { countryIso3: query.country } : {},
      query.status ? { status: query.status } : {},
      query.cursor ? after(query.cursor) : {},
    ],
  };
  const rows = await db().assessment.findMany({
    where,
    orderBy: [{ cycle: { opensAt: "desc" } }, { countryIso3: "asc" }, { id: "asc" }],
    take: query.limit + 1,
    select: {
      id: true,
      countryIso3: true,
      status: true,
      scoreJson: true,
      updatedAt: true,
      submittedAt: true,
      cycle: { select: { id: true, name: true, opensAt: true, closesAt: true } },
    },
  });
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    assessments: page.map(({ scoreJson, ...row }) => {
      const stored = parseStoredScore(scoreJson);
      const headline = stored ? headlineOf(stored) : null;
      return { ...row, score: stored && headline ? { basis: stored.basis, overall: headline.overall, tier: headline.tier, pillars: headline.pillars } : null };
    }),
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.cycle.opensAt.getTime(), last.countryIso3, last.id]) : null,
  };
}
