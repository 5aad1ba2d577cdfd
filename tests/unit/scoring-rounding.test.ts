import { describe, expect, it } from "vitest";
import { allocateCents, round2, toCents } from "@/lib/scoring/rounding";

describe("rounding", () => {
  it.each([
    [19.999999999, 2000],
    [0.005, 1],
    [1.004999, 100],
    [12.345, 1235],
    [0, 0],
  ])("toCents(%d) = %d", (x, expected) => expect(toCents(x)).toBe(expected));

  it("round2 snaps float noise", () => expect(round2(0.1 + 0.2)).toBe(0.3));

  it.each([
    // Thirds: independent rounding would show 0.33 x 3 = 0.99 against a total of 1.00.
    [100, [1 / 3, 1 / 3, 1 / 3], [34, 33, 33]],
    [2000, [20 / 3, 20 / 3, 20 / 3], [667, 667, 666]],
    [889, [40 / 9, 20 / 9, 20 / 9, 0], [445, 222, 222, 0]],
    [0, [0, 0], [0, 0]],
    [5, [0.026, 0.024], [3, 2]],
    // A total a cent below the floors (float drift) takes the cent from the smallest remainder.
    [99, [0.5, 0.5], [50, 49]],
  ])("allocateCents(%d, %j) = %j", (target, raws, expected) => {
    const out = allocateCents(target, raws);
    expect(out).toEqual(expected);
    expect(out.reduce((s, c) => s + c, 0)).toBe(target);
  });
});
