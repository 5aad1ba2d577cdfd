import { describe, expect, it } from "vitest";
import { flagWithinScope, pillarScope, withinScope } from "@/lib/authz/pillar-scope";
import { readablePillars, type TActor, type TGrant } from "@/lib/authz/policy";
import type { TPillarId } from "@/lib/questionnaire/format-schema";

const actor = (...grants: TGrant[]): TActor => ({ userId: "u", email: "u@x", name: "U", grants, via: "session" });
const ALL: TPillarId[] = ["legal", "technical", "organizational", "capacity-development", "cooperation"];

describe("readablePillars: reading follows writing", () => {
  it.each([
    ["an admin", actor({ role: "admin", countryIso3: null, pillars: [] }), "KEN", ALL],
    ["a reviewer", actor({ role: "reviewer", countryIso3: null, pillars: [] }), "KEN", ALL],
    ["the focal point", actor({ role: "focal-point", countryIso3: "KEN", pillars: [] }), "KEN", ALL],
    ["a contributor, on their pillars", actor({ role: "contributor", countryIso3: "KEN", pillars: ["legal", "technical"] }), "KEN", ["legal", "technical"]],
    ["a contributor of another country", actor({ role: "contributor", countryIso3: "FRA", pillars: ["legal"] }), "KEN", []],
    ["another country's focal point", actor({ role: "focal-point", countryIso3: "FRA", pillars: [] }), "KEN", []],
    [
      "a focal point who is also a contributor there",
      actor({ role: "contributor", countryIso3: "KEN", pillars: ["legal"] }, { role: "focal-point", countryIso3: "KEN", pillars: [] }),
      "KEN",
      ALL,
    ],
  ] as const)("%s", (_, who, iso3, expected) => {
    expect(readablePillars(who, iso3)).toEqual(expected);
  });
});

describe("pillarScope", () => {
  const version = {
    pillars: ALL.map((id) => ({ id })),
    questionById: { a: { pillar: "legal" }, b: { pillar: "technical" }, c: { pillar: "cooperation" } },
  } as never;

  it("allows the questions of readable pillars only, and nothing unknown", () => {
    const scope = pillarScope(version, ["legal"]);
    expect([scope.whole, scope.allows("a"), scope.allows("b"), scope.allows("zzz"), scope.allows(null)]).toEqual([false, true, false, false, false]);
    expect(withinScope(scope, { a: 1, b: 2, c: 3 })).toEqual({ a: 1 });
    expect(flagWithinScope(scope, { triggeredBy: ["a"] })).toBe(true);
    expect(flagWithinScope(scope, { triggeredBy: ["a", "c"] })).toBe(false);
  });

  it("is whole for all five pillars", () => {
    const scope = pillarScope(version, ALL);
    expect(scope.whole).toBe(true);
    expect(withinScope(scope, { a: 1, c: 3 })).toEqual({ a: 1, c: 3 });
  });
});
