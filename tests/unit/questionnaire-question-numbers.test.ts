import { describe, expect, it } from "vitest";
import { loadVersion } from "@/lib/files/questionnaire-files";
import { neighbours, questionNumbers } from "@/lib/questionnaire/question-numbers";

describe("question numbers", () => {
  it("number each pillar's questions from 1, pillar by pillar", async () => {
    const version = await loadVersion("five-pillars@2024");
    const numbers = questionNumbers(version);
    expect(Object.keys(numbers)).toHaveLength(version.questions.length);
    expect(numbers["substantive-law-unauthorized-access"]).toBe("1.1");
    expect(numbers["national-cirt"]).toMatch(/^2\.1$/);
    for (const [p, pillar] of version.pillars.entries()) {
      const own = version.questions.filter((q) => q.pillar === pillar.id).map((q) => numbers[q.id]);
      expect(own).toEqual(own.map((_, n) => `${p + 1}.${n + 1}`));
    }
  });

  it.each([
    ["a", { next: "b" }],
    ["b", { previous: "a", next: "c" }],
    ["c", { previous: "b" }],
    ["z", {}],
  ])("neighbours of %s", (id, expected) => {
    const found = neighbours(["a", "b", "c"], id);
    expect({ ...(found.previous ? { previous: found.previous } : {}), ...(found.next ? { next: found.next } : {}) }).toEqual(expected);
  });
});
