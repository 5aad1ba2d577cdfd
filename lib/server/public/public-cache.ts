import "server-only";
import { VALIDATED_STATUSES } from "../../authz/assessment-rules";
import { db } from "../db";

// The public pages get the traffic: their data is kept per process and reused while a cheap stamp
// (read on every request, from the database every instance shares) is unchanged. Any write that
// changes what is public (validation, reopening, consent, a link made public, a new score) updates
// an assessment row, so the stamp moves and every instance reloads at once.
const entries = new Map<string, { stamp: string; value: Promise<unknown> }>();
const LIMIT = 500;

/** The stamp of a published cycle's public data: its publication fields and its validated rows. */
export async function publicStamp(
  cycle: { id: string; publishedAt: Date; publicationRule: string; validationDeadline: Date | null },
  now: Date,
): Promise<string> {
  const agg = await db().assessment.aggregate({
    where: { cycleId: cycle.id, status: { in: [...VALIDATED_STATUSES] } },
    _max: { updatedAt: true },
    _count: { _all: true },
  });
  const pastDeadline = cycle.validationDeadline !== null && cycle.validationDeadline < now;
  return [cycle.publishedAt.getTime(), cycle.publicationRule, pastDeadline, agg._count._all, agg._max.updatedAt?.getTime() ?? 0].join(":");
}

export function cachedByStamp<T>(key: string, stamp: string, load: () => Promise<T>): Promise<T> {
  const hit = entries.get(key);
  if (hit && hit.stamp === stamp) return hit.value as Promise<T>;
  const value = load();
  // A failed load is not kept: the next request tries again.
  value.catch(() => entries.get(key)?.value === value && entries.delete(key));
  if (entries.size >= LIMIT) entries.delete(entries.keys().next().value!);
  entries.set(key, { stamp, value });
  return value;
}
