import { describe, expect, it } from "vitest";
import { isOpenForWork, splitHomeAssessments } from "@/lib/assessments/home-order";

const now = new Date("2026-12-02T12:00:00Z");
const a = (name: string, status: string, opens: string, closes: string) => ({ name, status, cycle: { opensAt: new Date(opens), closesAt: new Date(closes) } });

describe("home order", () => {
  it.each([
    ["a draft in an open cycle", a("x", "draft", "2026-01-01", "2027-01-01"), true],
    ["a returned one in an open cycle", a("x", "returned", "2026-01-01", "2027-01-01"), true],
    ["a submission waiting for review", a("x", "submitted", "2026-01-01", "2027-01-01"), true],
    ["a validated one (closed by validation)", a("x", "validated", "2026-01-01", "2027-01-01"), false],
    ["a draft of a cycle that closed", a("x", "draft", "2024-01-01", "2024-12-31"), false],
    ["a draft of a cycle not yet open", a("x", "draft", "2027-01-01", "2027-12-31"), false],
  ])("%s is open for work: %s", (_what, assessment, expected) => {
    expect(isOpenForWork(assessment, now)).toBe(expected);
  });

  it("lists the open assessments first, nearest deadline first, then the closed ones newest first", () => {
    const { open, closed } = splitHomeAssessments(
      [
        a("2024 closed", "validated", "2024-01-01", "2024-12-31"),
        a("2026 open, late deadline", "draft", "2026-01-01", "2027-06-30"),
        a("2022 closed", "draft", "2022-01-01", "2022-12-31"),
        a("2026 open, near deadline", "returned", "2026-01-01", "2026-12-31"),
      ],
      now,
    );
    expect(open.map((x) => x.name)).toEqual(["2026 open, near deadline", "2026 open, late deadline"]);
    expect(closed.map((x) => x.name)).toEqual(["2024 closed", "2022 closed"]);
  });
});
