// Text keys: every visible string of an edition has one, the stored (normalized) version has the
// same ones, and the structure hash ignores every string but nothing else.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { loadQuestionnaireSet, questionnaireHash } from "@/lib/files/questionnaire-files";
import { ZQuestionnaireFile } from "@/lib/questionnaire/format-schema";
import { applyStrings, stringsOf, textEntries, withoutTexts } from "@/lib/questionnaire/text-keys";
import { versionStrings, versionTexts, withLanguageStrings } from "@/lib/questionnaire/version-texts";

const mini = () => parse(readFileSync("tests/fixtures/questionnaires/mini/2024.yaml", "utf8"));

describe("text keys", () => {
  it.each(["five-pillars@2020", "five-pillars@2024"])("%s: the file and the stored version name the same strings", async (key) => {
    const set = await loadQuestionnaireSet("questionnaires");
    const loaded = set.questionnaires.find((q) => q.version.key === key)!;
    const fromFile = textEntries(loaded.context.data).map((e) => e.key);
    expect(new Set(fromFile).size).toBe(fromFile.length);
    expect(
      versionTexts(loaded.version)
        .map((t) => t.key)
        .sort(),
    ).toEqual([...fromFile].sort());
    expect(fromFile.length).toBeGreaterThan(390);
  });

  it.each([
    ["the edition title", "title"],
    ["a pillar title", "pillar.legal.title"],
    ["an indicator", "indicator.cybercrime-law.title"],
    ["a question", "question.cybercrime-substantive.text"],
    ["an option of a question", "question.cirt-exists.option.informal.label"],
    ["a gap rule's recommendation", "gap.no-cirt.action"],
    ["a tier label", "tier.1.label"],
  ])("names %s %s", (_what, key) => {
    expect(textEntries(mini()).map((e) => e.key)).toContain(key);
  });

  it("applies one language's strings and reports the keys that name nothing", () => {
    const { data, unknownKeys } = applyStrings(mini(), "ar", { title: "استبيان مصغّر", "question.gone.text": "x" });
    expect(unknownKeys).toEqual(["question.gone.text"]);
    expect(stringsOf(data, "ar")).toEqual({ title: "استبيان مصغّر" });
    expect(stringsOf(mini(), "ar")).toEqual({});
  });

  it("keeps the structure hash when any text changes, and changes it when a weight or an option does", () => {
    const file = ZQuestionnaireFile.parse(mini());
    const hash = questionnaireHash(file);
    const reworded = ZQuestionnaireFile.parse(applyStrings(mini(), "en", { "question.cirt-exists.text": "Reworded?" }).data);
    expect(questionnaireHash(reworded)).toBe(hash);
    const translated = ZQuestionnaireFile.parse(applyStrings(mini(), "zh", { title: "迷你问卷" }).data);
    expect(questionnaireHash(translated)).toBe(hash);
    const reweighted = mini();
    reweighted.pillars[0].indicators[0].weight = 7;
    expect(questionnaireHash(ZQuestionnaireFile.parse(reweighted))).not.toBe(hash);
    const withoutOption = mini();
    const question = withoutOption.pillars[1].indicators[0].questions[0];
    question.options = question.options.slice(0, -1);
    expect(JSON.stringify(withoutTexts(withoutOption))).not.toBe(JSON.stringify(withoutTexts(mini())));
  });

  it("replaces a stored version's language and keeps the lookups in step", async () => {
    const set = await loadQuestionnaireSet("tests/fixtures/questionnaires/mini");
    const version = set.questionnaires.find((q) => q.version.key === "mini@2024")!.version;
    const next = withLanguageStrings(version, "es", { "question.cirt-exists.text": "¿Existe un CIRT nacional?" });
    expect(next.questionById["cirt-exists"]!.text.es).toBe("¿Existe un CIRT nacional?");
    expect(next.questions.find((q) => q.id === "cirt-exists")!.text.es).toBe("¿Existe un CIRT nacional?");
    // Strings left out lose their Spanish (and fall back to English); the original is untouched.
    expect(Object.keys(versionStrings(next, "es"))).toEqual(["question.cirt-exists.text"]);
    expect(Object.keys(versionStrings(version, "es")).length).toBeGreaterThan(0);
    expect(next.hash).toBe(version.hash);
  });
});
