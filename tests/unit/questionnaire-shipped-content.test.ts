// The shipped editions meet the content bar, and every gap rule both fires and clears on real answers.
import { describe, expect, it } from "vitest";
import { loadVersion } from "@/lib/files/questionnaire-files";
import type { TCondition } from "@/lib/questionnaire/format-schema";
import type { TAnswers, TNormalizedQuestionnaire } from "@/lib/questionnaire/model";
import { answersTemplate, evaluateGapRules, worstAnswer } from "@/lib/scoring";

const REQUIRED_RULES = [
  "no-national-cirt",
  "no-national-strategy",
  "no-substantive-cybercrime-law",
  "no-procedural-cybercrime-law",
  "no-data-protection-law",
  "no-ciip",
  "no-child-online-protection",
  "no-lead-agency",
  "no-awareness-programme",
  "no-cyber-education-training",
  "no-cooperation-agreements",
  "no-cyber-drills",
];

/** Makes a question applicable by giving each ancestor the first value that shows its child. */
function reveal(version: TNormalizedQuestionnaire, answers: TAnswers, id: string): void {
  const showIf = version.questionById[id]?.showIf;
  if (!showIf) return;
  reveal(version, answers, showIf.question);
  const value = showIf.in[0];
  const parent = version.questionById[showIf.question]!;
  answers[showIf.question] = parent.type === "multiple-choice" ? [String(value)] : value === true ? "yes" : value === false ? "no" : value!;
}

/** Changes the answers so that the condition holds (the shipped rules use no `not`). */
function satisfy(version: TNormalizedQuestionnaire, answers: TAnswers, c: TCondition): void {
  if ("all" in c) return c.all.forEach((x) => satisfy(version, answers, x));
  if ("any" in c) return satisfy(version, answers, c.any[0]!);
  if ("not" in c) throw new Error("no solver for `not`");
  if ("indicator" in c) {
    for (const id of version.indicatorById[c.indicator]!.questionIds) {
      const q = version.questionById[id]!;
      if (q.scored) answers[id] = worstAnswer(q).value;
    }
    return;
  }
  reveal(version, answers, c.question);
  const q = version.questionById[c.question]!;
  if ("unanswered" in c) delete answers[c.question];
  else if ("creditBelow" in c) answers[c.question] = worstAnswer(q).value;
  else {
    const v = c.in[0]!;
    answers[c.question] = q.type === "multiple-choice" ? [String(v)] : v === true ? "yes" : v === false ? "no" : v;
  }
}

describe.each(["five-pillars@2020", "five-pillars@2024"])("%s", (key) => {
  it("has at least 80 questions in 20 indicators, each with EN and FR text and guidance", async () => {
    const version = await loadVersion(key);
    expect(version.questions.length).toBeGreaterThanOrEqual(80);
    expect(version.indicators).toHaveLength(20);
    for (const q of version.questions) {
      expect(q.text.fr, q.id).toBeTruthy();
      expect(q.guidance?.en, `${q.id} guidance`).toBeTruthy();
      expect(q.guidance?.fr, `${q.id} guidance`).toBeTruthy();
    }
  });

  it("declares the twelve required gap rules", async () => {
    const ids = (await loadVersion(key)).gapRules.map((r) => r.id);
    expect(ids.length).toBeGreaterThanOrEqual(12);
    for (const id of REQUIRED_RULES) expect(ids).toContain(id);
  });

  it("raises no flag when every answer is the best one", async () => {
    const version = await loadVersion(key);
    expect(evaluateGapRules(version, answersTemplate(version, "best")).map((f) => f.id)).toEqual([]);
  });

  it("fires each gap rule on answers that meet its condition, and clears it when they improve", async () => {
    const version = await loadVersion(key);
    for (const rule of version.gapRules) {
      const answers: TAnswers = { ...answersTemplate(version, "best") };
      satisfy(version, answers, rule.when);
      expect(
        evaluateGapRules(version, answers).map((f) => f.id),
        rule.id,
      ).toContain(rule.id);
    }
  });
});
