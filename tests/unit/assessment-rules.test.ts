import { describe, expect, it } from "vitest";
import { countryMayEdit } from "@/lib/authz/assessment-rules";

const opensAt = new Date("2026-01-01T00:00:00Z");
const closesAt = new Date("2026-03-31T23:59:59Z");
const before = new Date("2025-12-31T12:00:00Z");
const during = new Date("2026-02-15T12:00:00Z");
const after = new Date("2026-04-01T00:00:00Z");

describe("when a country may edit its assessment", () => {
  it.each([
    ["draft", during, { ok: true }],
    ["draft", before, { ok: false, reason: "not-open" }],
    ["draft", after, { ok: false, reason: "closed" }],
    ["returned", after, { ok: true }],
    ["returned", during, { ok: true }],
    ["submitted", during, { ok: false, reason: "locked" }],
    ["in-review", during, { ok: false, reason: "locked" }],
    ["validated", during, { ok: false, reason: "locked" }],
  ])("%s at %s", (status, now, expected) => {
    expect(countryMayEdit({ status, opensAt, closesAt }, now)).toEqual(expected);
  });
});
