import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ITU_REGIONS, listCountries } from "@/lib/countries/countries";

const countries = listCountries();

describe("countries", () => {
  it("are the 193 ITU Member States plus Palestine, with unique ISO keys", () => {
    expect(countries).toHaveLength(194);
    expect(new Set(countries.map((c) => c.iso3)).size).toBe(194);
    expect(countries.find((c) => c.iso3 === "PSE")).toBeDefined();
    expect(countries.find((c) => c.iso3 === "VAT")).toBeDefined();
    expect(countries.find((c) => c.iso3 === "PLW")).toBeUndefined(); // UN member, not an ITU Member State
  });

  it.each([
    ["africa", 44],
    ["americas", 35],
    ["arab-states", 22],
    ["asia-pacific", 38],
    ["cis", 12],
    ["europe", 43],
  ])("the ITU-D region %s has %i countries", (region, count) => {
    expect(countries.filter((c) => c.ituRegion === region)).toHaveLength(count);
  });

  it("every country has a name in the six UN languages and a UN region", () => {
    for (const c of countries) {
      for (const name of Object.values(c.names)) expect(name.length, c.iso3).toBeGreaterThan(1);
      expect(["Africa", "Americas", "Asia", "Europe", "Oceania"]).toContain(c.m49Region);
      expect(ITU_REGIONS).toContain(c.ituRegion);
    }
    expect(countries.find((c) => c.iso3 === "CIV")?.names.fr).toBe("Côte d'Ivoire");
  });

  it("match the countries of the published GCI 2024 results", () => {
    const csv = readFileSync(path.resolve(process.cwd(), "../shared/data/gci-published/gci-2024.csv"), "utf8");
    const published = csv
      .trim()
      .split("\n")
      .slice(1)
      .map((line) => line.split(",")[0]);
    expect(new Set(published)).toEqual(new Set(countries.map((c) => c.iso3)));
  });
});
