// GET /api/v1/assessments a page at a time: every row exactly once at any page size, also while
// rows are added; the filters; the same visibility per role as before paging; bad pages are 422.
import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/assessments/route";
import { db } from "@/lib/server/db";
import { seedCountries } from "@/lib/seed/seed-countries";
import { openTestCycle } from "../support/assessment-fixtures";
import { apiRequest, jsonOf, makeCallers, routeContext, type TWho } from "../support/api-callers";

type TRow = { id: string; countryIso3: string; status: string; cycle: { id: string } };
let tokens: Partial<Record<TWho, string>>;
const cycles: Record<"early" | "tied" | "late", { cycleId: string; byCountry: Record<string, string> }> = {} as never;

const list = async (who: TWho, query: Record<string, string>) => {
  const res = await GET(apiRequest(tokens[who], `/api/v1/assessments?${new URLSearchParams(query)}`), routeContext({}));
  return { status: res.status, body: await jsonOf(res) };
};

/** Follows nextCursor to the end; `between` runs after each page (to add rows while paging). */
async function pageThrough(who: TWho, query: Record<string, string>, limit: number, between?: (page: number) => Promise<void>) {
  const seen: TRow[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const { status, body } = await list(who, { ...query, limit: String(limit), ...(cursor ? { cursor } : {}) });
    expect(status).toBe(200);
    expect(body.assessments.length).toBeLessThanOrEqual(limit);
    // A page is never empty unless the whole list is: nextCursor is null on the last full page.
    if (pages > 0) expect(body.assessments.length).toBeGreaterThan(0);
    seen.push(...body.assessments);
    cursor = body.nextCursor;
    pages++;
    await between?.(pages);
  } while (cursor);
  return { ids: seen.map((r) => r.id), rows: seen, pages };
}

const inListOrder = (where: object = {}) =>
  db()
    .assessment.findMany({ where, orderBy: [{ cycle: { opensAt: "desc" } }, { countryIso3: "asc" }, { id: "asc" }], select: { id: true } })
    .then((rows) => rows.map((r) => r.id));

/**
 * Rows other test files add meanwhile (files may run in parallel): a concurrent writer's rows may
 * appear in a page like any new row. Read after paging; the margin covers a transaction that
 * committed its row just after the list was read.
 */
const addedSince = async (since: Date) =>
  new Set((await db().assessment.findMany({ where: { createdAt: { gte: new Date(since.getTime() - 5000) } }, select: { id: true } })).map((r) => r.id));

beforeAll(async () => {
  await seedCountries(db());
  const countries = (await db().country.findMany({ orderBy: { iso3: "asc" }, select: { iso3: true } })).map((c) => c.iso3);
  const ninety = [...countries.filter((c) => c !== "KEN" && c !== "FRA").slice(0, 88), "KEN", "FRA"];
  // Two cycles opening the same day, so the country and id must break the tie; 270 rows in all.
  cycles.early = await openTestCycle(ninety, { opensOn: "2021-03-01" });
  cycles.tied = await openTestCycle(ninety, { opensOn: "2021-03-01" });
  cycles.late = await openTestCycle(ninety, { opensOn: "2022-06-01" });
  await db().assessment.updateMany({ where: { cycleId: cycles.late.cycleId, countryIso3: { in: ninety.slice(0, 10) } }, data: { status: "submitted" } });
  ({ tokens } = await makeCallers());
}, 120_000);

describe("paging through every assessment", () => {
  it.each([200, 7])("limit %i: every row exactly once, in the list's order", async (limit) => {
    const start = new Date();
    const all = await inListOrder();
    expect(all.length).toBeGreaterThanOrEqual(270);
    const { ids, pages } = await pageThrough("admin", {}, limit);
    const fresh = await addedSince(start);
    expect(ids.filter((id) => !fresh.has(id))).toEqual(all.filter((id) => !fresh.has(id)));
    expect(new Set(ids).size).toBe(ids.length);
    expect(pages).toBe(Math.ceil(ids.length / limit));
  });

  it("the default page holds 50 rows", async () => {
    const { body } = await list("reviewer", {});
    expect(body.assessments).toHaveLength(50);
    expect(body.nextCursor).toEqual(expect.any(String));
  });

  it("rows added while paging never make a page skip or repeat an existing row", async () => {
    const start = new Date();
    const before = await inListOrder();
    const added: string[] = [];
    const { ids } = await pageThrough("reviewer", {}, 7, async (page) => {
      if (page !== 3 && page !== 20) return;
      // One cycle ties with pages already read, one opens after everything, one before everything.
      for (const opensOn of ["2021-03-01", "2030-01-01", "2019-01-01"])
        added.push(...Object.values((await openTestCycle(["KEN", "GHA", "ZAF"], { opensOn })).byCountry));
    });
    expect(new Set(ids).size).toBe(ids.length);
    const fresh = await addedSince(start);
    expect(ids.filter((id) => before.includes(id) && !fresh.has(id))).toEqual(before.filter((id) => !fresh.has(id)));
    expect(ids.every((id) => before.includes(id) || added.includes(id) || fresh.has(id))).toBe(true);
    expect(added.every((id) => fresh.has(id))).toBe(true);
  });
});

describe("filters", () => {
  it("by cycle, country and status, alone and together", async () => {
    const { ids: early } = await pageThrough("admin", { cycle: cycles.early.cycleId }, 7);
    expect(early.sort()).toEqual(Object.values(cycles.early.byCountry).sort());
    const start = new Date();
    const { rows: kenya } = await pageThrough("admin", { country: "ken" }, 7);
    expect(kenya.every((r) => r.countryIso3 === "KEN")).toBe(true);
    // Other files running at the same time open cycles with Kenya too: compare what existed before.
    const fresh = await addedSince(start);
    expect(kenya.map((r) => r.id).filter((id) => !fresh.has(id))).toEqual((await inListOrder({ countryIso3: "KEN" })).filter((id) => !fresh.has(id)));
    const { rows: submitted } = await pageThrough("admin", { cycle: cycles.late.cycleId, status: "submitted" }, 3);
    expect(submitted).toHaveLength(10);
    expect(submitted.every((r) => r.status === "submitted" && r.cycle.id === cycles.late.cycleId)).toBe(true);
    const { body } = await list("admin", { cycle: cycles.late.cycleId, country: "KEN", status: "draft" });
    expect(body.assessments.map((r: TRow) => r.id)).toEqual([cycles.late.byCountry.KEN]);
    expect(body.nextCursor).toBeNull();
  });

  it("empty parameters mean no filter", async () => {
    const { status, body } = await list("admin", { cycle: "", country: "", status: "", cursor: "", limit: "" });
    expect([status, body.assessments.length]).toEqual([200, 50]);
  });
});

describe("what each caller sees is unchanged", () => {
  it.each([
    ["focalKen", { countryIso3: "KEN" }],
    ["contributorKen", { countryIso3: "KEN" }],
    ["focalFra", { countryIso3: "FRA" }],
    ["reviewer", {}],
    ["admin", {}],
  ] as const)("%s pages through exactly the rows they may see", async (who, where) => {
    const start = new Date();
    const { ids, rows } = await pageThrough(who, {}, 7);
    if ("countryIso3" in where) expect(rows.every((r) => r.countryIso3 === where.countryIso3)).toBe(true);
    const fresh = await addedSince(start);
    expect(ids.filter((id) => !fresh.has(id))).toEqual((await inListOrder(where)).filter((id) => !fresh.has(id)));
  });

  it("another country's filter gives a focal point nothing, not an error", async () => {
    const { status, body } = await list("focalFra", { country: "KEN" });
    expect([status, body]).toEqual([200, { assessments: [], nextCursor: null }]);
  });

  it("anonymous callers are refused", async () => {
    expect((await list("anonymous", {})).status).toBe(401);
  });
});

describe("bad pages are 422 with the parameter named", () => {
  it.each(["0", "201", "-1", "2.5", "abc", "1e9"])("limit=%s", async (limit) => {
    const { status, body } = await list("admin", { limit });
    expect([status, body.error.code, body.error.fields]).toEqual([422, "invalid", { limit: "limit is a whole number from 1 to 200" }]);
  });

  it.each([
    ["not base64 JSON", "garbage!"],
    ["JSON of another shape", Buffer.from(JSON.stringify({ id: "x" })).toString("base64url")],
    ["a lowercase country", Buffer.from(JSON.stringify([0, "ken", "x"])).toString("base64url")],
    ["too long", "a".repeat(201)],
  ])("cursor: %s", async (_what, cursor) => {
    const { status, body } = await list("admin", { cursor });
    expect([status, body.error.code, Object.keys(body.error.fields)]).toEqual([422, "invalid", ["cursor"]]);
  });

  it("an unknown status or a malformed country", async () => {
    expect((await list("admin", { status: "lost" })).body.error.fields).toHaveProperty("status");
    expect((await list("admin", { country: "KENYA" })).body.error.fields).toEqual({ country: "country is an ISO 3166-1 alpha-3 code, such as KEN" });
  });
});
