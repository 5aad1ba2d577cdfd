// The query strings of the pages people bookmark and share: a repeated, unknown or oversized value
// falls back to the page's default, so an edited URL shows the page instead of an error.
import { describe, expect, it } from "vitest";
import { paramsOf, parseQuery, type TQueryParams } from "@/lib/api/query-values";
import { ZQueuePageQuery } from "@/lib/assessments/review-schemas";
import { ZCompareQuery, ZGapsQuery, ZOverviewQuery } from "@/lib/charts/dashboard-queries";
import { ZPlanQuery } from "@/lib/plans/plan-query";

const long = "x".repeat(200);

describe("the review queue page's query", () => {
  it.each<[string, TQueryParams, object]>([
    ["nothing: the current cycle's open work, anyone's", {}, { status: "open", assignee: "anyone" }],
    ["every cycle, declined, mine", { cycle: "all", status: "declined", assignee: "me" }, { cycle: "all", status: "declined", assignee: "me" }],
    ["a repeated status: the first", { status: ["not-started", "all"] }, { status: "not-started" }],
    ["an unknown status: open work", { status: "bogus" }, { status: "open" }],
    ["an unknown assignee: anyone", { assignee: "x" }, { assignee: "anyone" }],
    ["an unknown region: every region", { region: "atlantis" }, { region: undefined }],
    ["a known region", { region: "africa" }, { region: "africa" }],
    ["an oversized cycle id: the current cycle", { cycle: long }, { cycle: undefined }],
    ["an empty cursor: the first page", { cursor: "" }, { cursor: undefined }],
  ])("%s", (_label, query, expected) => {
    const parsed = parseQuery(ZQueuePageQuery, query);
    expect(parsed).toMatchObject(expected);
    // What the query does not name, or names wrongly, is no filter at all.
    for (const key of ["cycle", "region", "cursor"] as const) if (!(key in expected)) expect(parsed[key]).toBeUndefined();
  });
});

describe("the capacity plan's query", () => {
  it.each<[string, TQueryParams, object]>([
    ["nothing: the latest cycle, every country", {}, { countries: [] }],
    ["comma-separated countries, any case", { countries: "ken, gha;nga" }, { countries: ["KEN", "GHA", "NGA"] }],
    ["repeated countries", { countries: ["KEN", "GHA"] }, { countries: ["KEN", "GHA"] }],
    ["codes that are not three letters are left out", { countries: "KEN,K3N,KENYA" }, { countries: ["KEN"] }],
    ["a repeated cycle: the first", { cycle: ["c1", "c2"] }, { cycle: "c1" }],
    ["an unknown region: none", { region: "atlantis" }, { region: undefined }],
    ["an oversized cycle id: the latest", { cycle: long }, { cycle: undefined }],
  ])("%s", (_label, query, expected) => {
    const parsed = parseQuery(ZPlanQuery, query);
    expect(parsed).toMatchObject(expected);
    for (const key of ["cycle", "region"] as const) if (!(key in expected)) expect(parsed[key]).toBeUndefined();
  });
});

describe("the dashboards' queries", () => {
  it.each<[string, () => unknown, object]>([
    ["overview: an unknown metric is the overall score", () => parseQuery(ZOverviewQuery, { metric: "x" }), { metric: "overall" }],
    ["overview: a repeated cycle is the first", () => parseQuery(ZOverviewQuery, { cycle: ["a", "b"] }), { cycle: "a" }],
    ["overview: an oversized cycle id is the latest", () => parseQuery(ZOverviewQuery, { cycle: long }), { cycle: undefined }],
    ["compare: repeated and listed countries", () => parseQuery(ZCompareQuery, { countries: ["ken", "NGA,GHA"] }), { countries: ["KEN", "NGA", "GHA"] }],
    ["compare: one bad code drops the list", () => parseQuery(ZCompareQuery, { countries: ["KEN", "K3N"] }), { countries: [] }],
    ["gaps: an out-of-range tier is every tier", () => parseQuery(ZGapsQuery, { tier: "9" }), { tier: undefined }],
    ["gaps: an oversized flag is no flag", () => parseQuery(ZGapsQuery, { flag: long }), { flag: undefined }],
  ])("%s", (_label, parse, expected) => {
    expect(parse()).toMatchObject(expected);
  });
});

describe("paramsOf", () => {
  it("keeps every value of a repeated parameter, in order", () => {
    expect(paramsOf(new URL("https://x.test/p?a=1&b=2&a=3"))).toEqual({ a: ["1", "3"], b: ["2"] });
  });
});
