import { describe, expect, it } from "vitest";
import { tierFor } from "@/lib/scoring/tiers";
import { GCI_2024_TIERS } from "@/tests/support/scoring-fixtures";

describe("tierFor", () => {
  it.each([
    [100, 1],
    [95, 1],
    // 94.996 is shown as 95.00: the tier follows the number shown.
    [94.996, 1],
    [94.994, 2],
    [85, 2],
    [84.99, 3],
    [55, 3],
    [54.99, 4],
    [20, 4],
    [19.99, 5],
    [0, 5],
  ])("%d -> Tier %d", (score, tier) => {
    expect(tierFor(score, GCI_2024_TIERS).tier).toBe(tier);
  });

  it("does not depend on the order of the tiers and returns the label", () => {
    expect(tierFor(60, [...GCI_2024_TIERS].reverse())).toEqual({ tier: 3, min: 55, label: GCI_2024_TIERS[2]!.label });
  });

  it("falls back to the lowest tier below every minimum", () => {
    expect(
      tierFor(5, [
        { tier: 1, min: 50, label: { en: "a", fr: "a" } },
        { tier: 2, min: 10, label: { en: "b", fr: "b" } },
      ]).tier,
    ).toBe(2);
  });
});
