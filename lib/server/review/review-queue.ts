import "server-only";
import { isReviewer, type TActor } from "../../authz/policy";
import { QUEUE_STATUSES, ZQueueFilter } from "../../assessments/review-schemas";
import { db } from "../db";
import { forbidden } from "../errors";
import type { z } from "zod";

// Every status but a draft: desk research (to start, in progress, awaiting the country) is reviewers' work too.
const OPEN_WORK = ["submitted", "in-review"];
// A draft without any answer: the country has not started, so desk research may.
const NOT_STARTED = { status: "draft", answers: { none: {} } };

const NEWEST = [{ opensAt: "desc" as const }, { createdAt: "desc" as const }];

/** The cycle reviewers work on now: the latest one that has opened (an open one before a closed one). */
export async function currentCycleId(now = new Date()): Promise<string | undefined> {
  const open = await db().cycle.findFirst({ where: { opensAt: { lte: now }, closesAt: { gte: now } }, orderBy: NEWEST, select: { id: true } });
  if (open) return open.id;
  return (await db().cycle.findFirst({ where: { opensAt: { lte: now } }, orderBy: NEWEST, select: { id: true } }))?.id;
}

/**
 * Submissions that need attention, filterable, oldest submission first, a page at a time (the
 * cursor is the last row's id), with counts per status for the filter bar.
 */
export async function reviewQueue(actor: TActor, raw: z.input<typeof ZQueueFilter>) {
  if (!isReviewer(actor)) throw forbidden("Only reviewers see the review queue");
  const f = ZQueueFilter.parse(raw);
  const base = {
    ...(f.cycle ? { cycleId: f.cycle } : {}),
    ...(f.region ? { country: { ituRegion: f.region } } : {}),
    ...(f.assignee === "me" ? { assigneeId: actor.userId } : f.assignee === "unassigned" ? { assigneeId: null } : {}),
  };
  const where =
    f.status === "not-started" ? NOT_STARTED : { status: f.status === "all" ? { in: QUEUE_STATUSES } : f.status === "open" ? { in: OPEN_WORK } : f.status };
  const [page, counts, notStarted, cycles] = await Promise.all([
    db().assessment.findMany({
      where: { ...base, ...where },
      // id breaks ties, so paging never skips or repeats a row.
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      take: f.limit + 1,
      ...(f.cursor ? { cursor: { id: f.cursor }, skip: 1 } : {}),
      select: {
        id: true,
        status: true,
        submittedAt: true,
        updatedAt: true,
        assigneeId: true,
        overallScore: true,
        country: { select: { iso3: true, nameEn: true, nameFr: true, nameAr: true, nameZh: true, nameRu: true, nameEs: true, ituRegion: true } },
        cycle: { select: { id: true, name: true } },
      },
    }),
    db().assessment.groupBy({ by: ["status"], where: { ...base, status: { in: QUEUE_STATUSES } }, _count: { _all: true } }),
    db().assessment.count({ where: { ...base, ...NOT_STARTED } }),
    db().cycle.findMany({ select: { id: true, name: true }, orderBy: { opensAt: "desc" } }),
  ]);
  const rows = page.slice(0, f.limit);
  const people = await db().user.findMany({
    where: { id: { in: [...new Set(rows.flatMap((r) => (r.assigneeId ? [r.assigneeId] : [])))] } },
    select: { id: true, name: true },
  });
  const nameOf = new Map(people.map((p) => [p.id, p.name]));
  return {
    filter: f,
    cycles,
    counts: { ...Object.fromEntries(counts.map((c) => [c.status, c._count._all])), "not-started": notStarted } as Record<string, number>,
    rows: rows.map((r) => ({ ...r, assignee: r.assigneeId ? (nameOf.get(r.assigneeId) ?? null) : null })),
    nextCursor: page.length > f.limit ? (rows[rows.length - 1]?.id ?? null) : null,
  };
}
