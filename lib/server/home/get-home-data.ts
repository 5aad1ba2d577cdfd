import "server-only";
import { homeKind, isAdmin, type TActor } from "../../authz/policy";
import { db } from "../db";

const countrySelect = { iso3: true, nameEn: true, nameFr: true, nameAr: true, nameZh: true, nameRu: true, nameEs: true } as const;

/** What a person's home page shows: the work waiting for their role. */
export async function getHomeData(actor: TActor) {
  const kind = homeKind(actor);
  if (kind === "admin" || kind === "reviewer") {
    const [users, countries, waiting] = await Promise.all([
      isAdmin(actor) ? db().user.count() : Promise.resolve(0),
      db().country.count(),
      db().assessment.count({ where: { status: { in: ["submitted", "in-review"] } } }),
    ]);
    return { kind, users, countries, waiting } as const;
  }
  if (kind === "focal-point" || kind === "contributor") {
    const grant = actor.grants.find((g) => g.role === kind)!;
    const [country, assessments] = await Promise.all([
      db().country.findUnique({ where: { iso3: grant.countryIso3! }, select: countrySelect }),
      db().assessment.findMany({
        where: { countryIso3: grant.countryIso3! },
        select: {
          id: true,
          status: true,
          overallScore: true,
          scoreJson: true,
          cycle: { select: { name: true, opensAt: true, closesAt: true } },
        },
        orderBy: { createdAt: "desc" },
      }),
    ]);
    return { kind, country, pillars: grant.pillars, assessments: await withOpenQueries(assessments) } as const;
  }
  return { kind } as const;
}

/** Open queries: answers a reviewer queried that the country has not replied to since. */
async function withOpenQueries<T extends { id: string }>(assessments: T[]): Promise<(T & { openQueries: number })[]> {
  const ids = assessments.map((a) => a.id);
  const [queried, replies] = await Promise.all([
    db().answerReview.findMany({ where: { assessmentId: { in: ids }, state: "queried" }, select: { assessmentId: true, questionId: true, updatedAt: true } }),
    db().reviewComment.findMany({ where: { assessmentId: { in: ids }, kind: "reply" }, select: { assessmentId: true, questionId: true, createdAt: true } }),
  ]);
  const open = new Map<string, number>();
  for (const q of queried) {
    const answered = replies.some((r) => r.assessmentId === q.assessmentId && r.questionId === q.questionId && r.createdAt >= q.updatedAt);
    if (!answered) open.set(q.assessmentId, (open.get(q.assessmentId) ?? 0) + 1);
  }
  return assessments.map((a) => ({ ...a, openQueries: open.get(a.id) ?? 0 }));
}
