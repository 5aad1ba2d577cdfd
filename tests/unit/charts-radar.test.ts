import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { radarRows } from "@/lib/charts/radar-rows";
import { PILLAR_IDS, type TSeries } from "@/lib/charts/types";

const pillars = (legal: number, technical: number, organizational: number, cd: number, cooperation: number) => ({
  legal,
  technical,
  organizational,
  "capacity-development": cd,
  cooperation,
});

describe("radarRows", () => {
  it.each([
    { name: "no series", series: [] as TSeries[], row0: { pillar: "legal" } },
    { name: "one country", series: [{ id: "KEN", label: "Kenya", overall: 50, pillars: pillars(10, 11, 12, 13, 14) }], row0: { pillar: "legal", KEN: 10 } },
    {
      name: "country, region and world",
      series: [
        { id: "KEN", label: "Kenya", overall: 50, pillars: pillars(10, 11, 12, 13, 14) },
        { id: "region:africa", label: "Africa", overall: 40, pillars: pillars(8, 8, 8, 8, 8) },
        { id: "global", label: "World", overall: 60, pillars: pillars(12, 12, 12, 12, 12) },
      ],
      row0: { pillar: "legal", KEN: 10, "region:africa": 8, global: 12 },
    },
    { name: "an unscored series gives nulls", series: [{ id: "FRA", label: "France", overall: null, pillars: null }], row0: { pillar: "legal", FRA: null } },
  ])("$name", ({ series, row0 }) => {
    const rows = radarRows(series);
    expect(rows).toHaveLength(5);
    expect(rows[0]).toEqual(row0);
  });

  it("keeps each series' pillar values in their column", () => {
    const rows = radarRows([{ id: "KEN", label: "Kenya", overall: 50, pillars: pillars(1, 2, 3, 4, 5) }]);
    expect(rows.map((r) => r.KEN)).toEqual([1, 2, 3, 4, 5]);
  });

  it("property: rows always hold the five pillars in order, one column per series", () => {
    const score = fc.double({ min: 0, max: 20, noNaN: true });
    const series = fc.record({
      id: fc.string({ minLength: 1, maxLength: 8 }).filter((s) => s !== "pillar"),
      label: fc.string(),
      overall: fc.option(fc.double({ min: 0, max: 100, noNaN: true })),
      pillars: fc.option(fc.tuple(score, score, score, score, score).map((t) => pillars(...t))),
    });
    fc.assert(
      fc.property(fc.uniqueArray(series, { selector: (s) => s.id, maxLength: 6 }), (list) => {
        const rows = radarRows(list);
        expect(rows.map((r) => r.pillar)).toEqual([...PILLAR_IDS]);
        for (const r of rows) for (const s of list) expect(r[s.id]).toBe(s.pillars ? s.pillars[r.pillar] : null);
      }),
    );
  });
});
