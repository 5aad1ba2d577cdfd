// Many saves at once, on whichever database DATABASE_URL names (the suite runs on SQLite and on
// PostgreSQL): exactly one writer wins a revision, losers get 409 with both values, every
// acknowledged save is stored, and the stored score matches the answers the database holds.
import { beforeAll, describe, expect, it } from "vitest";
import type { TActor } from "@/lib/authz/policy";
import { parseStoredScore } from "@/lib/assessments/stored-score";
import { assessmentDocument } from "@/lib/server/assessments/assessment-document";
import { saveAnswer } from "@/lib/server/assessments/save-answer";
import { db } from "@/lib/server/db";
import { openTestCycle } from "../support/assessment-fixtures";
import { makeUser } from "../support/factories";

let ids: Record<string, string>;
let focal: Record<string, TActor>;

type TOutcome = { ok: true; revision: number; unchanged: boolean; value: unknown } | { ok: false; code: string; details?: unknown };
const attempt = (p: Promise<{ revision: number; unchanged: boolean; value: unknown }>): Promise<TOutcome> =>
  p.then(
    (r) => ({ ok: true as const, revision: r.revision, unchanged: r.unchanged, value: r.value }),
    (e: { code?: string; details?: unknown }) => ({ ok: false as const, code: e.code ?? String(e), details: e.details }),
  );

beforeAll(async () => {
  const countries = ["KEN", "GHA", "PER", "NPL"];
  const cycle = await openTestCycle(countries);
  ids = cycle.byCountry;
  focal = {};
  for (const c of countries) focal[c] = await makeUser("focal-point", { country: c });
});

describe("concurrent saves of one question over one revision", () => {
  it("first saves of an unanswered question: exactly one wins, the rest are 409 conflicts with both values", async () => {
    const id = ids.KEN!;
    const values = ["in-place", "not-in-place"];
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, (_, i) => attempt(saveAnswer(focal.KEN!, id, "national-cirt", { value: values[i % 2]!, revision: 0 }))),
    );
    const winners = outcomes.filter((o) => o.ok && !o.unchanged);
    expect(winners).toHaveLength(1);
    const winner = winners[0] as Extract<TOutcome, { ok: true }>;
    for (const o of outcomes) {
      if (o.ok) {
        // Only a retry of the winner's own value may pass, as "unchanged".
        expect(o.value).toBe(winner.value);
        continue;
      }
      expect(o.code).toBe("conflict");
      expect(o.details).toMatchObject({ current: { value: winner.value, revision: 1 } });
    }
    const stored = await db().answer.findUniqueOrThrow({ where: { assessmentId_questionId: { assessmentId: id, questionId: "national-cirt" } } });
    expect([JSON.parse(stored.value), stored.revision]).toEqual([winner.value, 1]);
    expect(await db().answerChange.count({ where: { assessmentId: id, questionId: "national-cirt" } })).toBe(1);
  });

  it("saves over an existing revision with two values that both differ from it: one wins, none silently overwrites", async () => {
    const id = ids.GHA!;
    await saveAnswer(focal.GHA!, id, "national-cirt", { value: "in-progress", revision: 0 });
    const values = ["in-place", "not-in-place"];
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, (_, i) => attempt(saveAnswer(focal.GHA!, id, "national-cirt", { value: values[i % 2]!, revision: 1 }))),
    );
    const winners = outcomes.filter((o) => o.ok && !o.unchanged) as Extract<TOutcome, { ok: true }>[];
    expect(winners).toHaveLength(1);
    expect(winners[0]!.revision).toBe(2);
    const losers = outcomes.filter((o) => !o.ok);
    expect(losers.every((o) => o.code === "conflict")).toBe(true);
    expect(outcomes.filter((o) => o.ok).every((o) => (o as { value: unknown }).value === winners[0]!.value)).toBe(true);
    const stored = await db().answer.findUniqueOrThrow({ where: { assessmentId_questionId: { assessmentId: id, questionId: "national-cirt" } } });
    expect([JSON.parse(stored.value), stored.revision]).toEqual([winners[0]!.value, 2]);
    expect(await db().answerChange.count({ where: { assessmentId: id, questionId: "national-cirt" } })).toBe(2);
  });
});

describe("concurrent saves of different questions", () => {
  it("keeps every acknowledged save, and the stored score is the score of the stored answers", async () => {
    const id = ids.PER!;
    // Top-level scale questions of five-pillars@2024, across pillars (none hides another).
    const known = [
      "national-cirt",
      "data-protection-law",
      "breach-notification",
      "ciip-obligations",
      "substantive-law-unauthorized-access",
      "substantive-law-illegal-interception",
      "procedural-law-search-seizure",
      "mutual-legal-assistance",
      "regulator-enforcement-powers",
      "incident-reporting-obligations",
    ];
    const outcomes = await Promise.all(known.flatMap((q) => [0, 1, 2].map(() => attempt(saveAnswer(focal.PER!, id, q, { value: "in-place", revision: 0 })))));
    const acknowledged = outcomes.filter((o) => o.ok);
    expect(acknowledged.length).toBe(known.length * 3); // the same value again is an idempotent retry
    const rows = await db().answer.findMany({ where: { assessmentId: id } });
    expect(rows.map((r) => r.questionId).sort()).toEqual([...known].sort());
    const row = await db().assessment.findUniqueOrThrow({ where: { id } });
    const doc = await assessmentDocument(focal.PER!, id);
    expect(doc.score.selfReported.overall).toBeGreaterThan(0);
    expect(row.overallScore).toBe(doc.score.selfReported.overall);
    expect(parseStoredScore(row.scoreJson)?.selfReported).toEqual(doc.score.selfReported);
  });
});

describe("a failed transaction never undoes another request's acknowledged write", () => {
  it("a save acknowledged while another transaction is open survives that transaction's rollback", async () => {
    const id = ids.NPL!;
    let inside!: () => void;
    const opened = new Promise<void>((resolve) => (inside = resolve));
    const failing = db()
      .$transaction(async (tx) => {
        await tx.assessment.update({ where: { id }, data: { assigneeId: null } });
        inside();
        await new Promise((r) => setTimeout(r, 150));
        throw new Error("this transaction fails");
      })
      .catch((e: Error) => e.message);
    await opened;
    const saved = await saveAnswer(focal.NPL!, id, "national-cirt", { value: "in-place", revision: 0 });
    expect(saved.revision).toBe(1);
    expect(await failing).toBe("this transaction fails");
    const stored = await db().answer.findUnique({ where: { assessmentId_questionId: { assessmentId: id, questionId: "national-cirt" } } });
    expect(stored?.revision).toBe(1);
    expect(await db().answerChange.count({ where: { assessmentId: id, questionId: "national-cirt" } })).toBe(1);
  });

  it("a plain write made while another transaction is open survives its rollback", async () => {
    const id = ids.NPL!;
    let inside!: () => void;
    const opened = new Promise<void>((resolve) => (inside = resolve));
    const failing = db()
      .$transaction(async (tx) => {
        await tx.assessment.findUniqueOrThrow({ where: { id } });
        inside();
        await new Promise((r) => setTimeout(r, 150));
        throw new Error("fails");
      })
      .catch(() => "rolled back");
    await opened;
    await db().reviewComment.create({ data: { assessmentId: id, kind: "note", body: "acknowledged while another transaction was open" } });
    expect(await failing).toBe("rolled back");
    expect(await db().reviewComment.count({ where: { assessmentId: id, body: "acknowledged while another transaction was open" } })).toBe(1);
  });
});
