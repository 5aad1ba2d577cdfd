import { describe, expect, it } from "vitest";
import { differenceFromPublished, referenceEditionOf } from "@/lib/reference/reference-edition";

describe("referenceEditionOf: the published GCI edition a cycle is compared with", () => {
  it.each([
    ["five-pillars@2024", 2024],
    ["five-pillars@2020", 2020],
    ["five-pillars@2026-beta", 2026],
    ["five-pillars@2024.1", 2024],
    ["five-pillars@draft", null],
    ["five-pillars@20245", null],
    ["not a key", null],
  ])("%s -> %s", (key, edition) => expect(referenceEditionOf(key)).toBe(edition));
});

describe("differenceFromPublished", () => {
  it.each([
    [15.5, 12.25, 3.25],
    [10, 12.5, -2.5],
    [14.3333, 14.3333, 0],
    [0.1 + 0.2, 0.3, 0],
    [12, undefined, null],
  ])("%s against %s -> %s", (self, published, diff) => expect(differenceFromPublished(self, published)).toBe(diff));
});
