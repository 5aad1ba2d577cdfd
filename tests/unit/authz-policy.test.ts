import { describe, expect, it } from "vitest";
import { canEditPillar, canViewCountry, grantProblem, homeKind, isAdmin, isFocalPointOf, visibleCountries, type TActor, type TGrant } from "@/lib/authz/policy";

const actor = (...grants: TGrant[]): TActor => ({ userId: "u", email: "u@x", name: "U", grants, via: "session" });
const admin = actor({ role: "admin", countryIso3: null, pillars: [] });
const reviewer = actor({ role: "reviewer", countryIso3: null, pillars: [] });
const focalKen = actor({ role: "focal-point", countryIso3: "KEN", pillars: [] });
const contributorKen = actor({ role: "contributor", countryIso3: "KEN", pillars: ["legal", "technical"] });
const nobody = actor();

describe("authorization policy", () => {
  it.each([
    ["admin", admin, "KEN", true],
    ["reviewer", reviewer, "FRA", true],
    ["Kenya focal point, Kenya", focalKen, "KEN", true],
    ["Kenya focal point, France", focalKen, "FRA", false],
    ["Kenya contributor, Kenya", contributorKen, "KEN", true],
    ["Kenya contributor, France", contributorKen, "FRA", false],
    ["no role", nobody, "KEN", false],
  ])("%s may view the country: %s", (_label, who, iso3, expected) => {
    expect(canViewCountry(who, iso3)).toBe(expected);
  });

  it.each([
    [focalKen, "KEN", "cooperation", true],
    [contributorKen, "KEN", "legal", true],
    [contributorKen, "KEN", "technical", true],
    [contributorKen, "KEN", "organizational", false],
    [contributorKen, "FRA", "legal", false],
    [reviewer, "KEN", "legal", false],
    [admin, "KEN", "legal", false],
  ] as const)("edit pillar %#", (who, iso3, pillar, expected) => {
    expect(canEditPillar(who, iso3, pillar)).toBe(expected);
  });

  it("only the focal point acts for their country; admins and reviewers see all countries", () => {
    expect(isFocalPointOf(focalKen, "KEN")).toBe(true);
    expect(isFocalPointOf(contributorKen, "KEN")).toBe(false);
    expect(visibleCountries(reviewer)).toBe("all");
    expect(visibleCountries(contributorKen)).toEqual(["KEN"]);
    expect(isAdmin(reviewer)).toBe(false);
  });

  it.each([
    [admin, "admin"],
    [reviewer, "reviewer"],
    [focalKen, "focal-point"],
    [contributorKen, "contributor"],
    [nobody, "none"],
    [actor({ role: "reviewer", countryIso3: null, pillars: [] }, { role: "admin", countryIso3: null, pillars: [] }), "admin"],
  ] as const)("home page kind %#", (who, kind) => {
    expect(homeKind(who)).toBe(kind);
  });

  it.each([
    [{ role: "focal-point", countryIso3: null, pillars: [] }, "the focal-point role needs a country"],
    [{ role: "contributor", countryIso3: "KEN", pillars: [] }, "a contributor needs at least one pillar"],
    [{ role: "reviewer", countryIso3: "KEN", pillars: [] }, "the reviewer role covers all countries and takes no country"],
    [{ role: "focal-point", countryIso3: "KEN", pillars: ["legal"] }, "only contributors are limited to pillars"],
    [{ role: "contributor", countryIso3: "KEN", pillars: ["legal"] }, null],
    [{ role: "admin", countryIso3: null, pillars: [] }, null],
  ] as const)("grant %o -> %s", (grant, problem) => {
    expect(grantProblem({ ...grant, pillars: [...grant.pillars] })).toBe(problem);
  });
});
