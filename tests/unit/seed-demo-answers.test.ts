import { describe, expect, it } from "vitest";
import { loadVersion } from "@/lib/files/questionnaire-files";
import { listCountries } from "@/lib/countries/countries";
import { demoAnswers, demoCapacity, demoStatus } from "@/lib/seed/demo-answers";
import { scoreTotals } from "@/lib/scoring/totals";

const countries = listCountries().map((c) => c.iso3);

describe("demo data", () => {
  it("is deterministic per country", async () => {
    const version = await loadVersion("five-pillars@2024");
    expect(demoAnswers(version, "latest:KEN", 60)).toEqual(demoAnswers(version, "latest:KEN", 60));
    expect(demoCapacity("KEN")).toBe(demoCapacity("KEN"));
    expect(demoStatus("KEN", "latest")).toBe(demoStatus("KEN", "latest"));
  });

  it("spreads countries over every tier, most of them in tiers 3 and 4", async () => {
    const version = await loadVersion("five-pillars@2024");
    const tiers = countries.map((iso3) => scoreTotals(version, demoAnswers(version, `latest:${iso3}`, demoCapacity(iso3))).tier.tier);
    const count = (t: number) => tiers.filter((x) => x === t).length;
    for (const t of [1, 2, 3, 4, 5]) expect(count(t), `tier ${t}`).toBeGreaterThan(0);
    expect(count(3) + count(4)).toBeGreaterThan(countries.length / 2);
    expect(count(1)).toBeLessThan(countries.length / 5);
  });

  it("spreads the open cycle over every status and keeps the closed one mostly validated", () => {
    const latest = new Set(countries.map((c) => demoStatus(c, "latest")));
    expect([...latest].sort()).toEqual(["draft", "in-review", "returned", "submitted", "validated"]);
    const earlier = countries.filter((c) => demoStatus(c, "earlier") === "validated").length;
    expect(earlier / countries.length).toBeGreaterThan(0.75);
  });
});
