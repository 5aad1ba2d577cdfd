import { describe, expect, it } from "vitest";
import type { TCondition } from "@/lib/questionnaire/format-schema";
import { describeCondition } from "@/lib/gaps/describe-condition";
import { fixtureVersion } from "@/tests/support/scoring-fixtures";

const version = fixtureVersion();

describe("describeCondition", () => {
  it.each<[TCondition, string, string]>([
    [{ question: "national-cirt", in: ["no"] }, '"Is there a national CIRT?" is answered "no"', "« Is there a national CIRT? (fr) » a pour réponse « non »"],
    [{ question: "national-cirt", in: [true] }, '"Is there a national CIRT?" is answered "yes"', "« Is there a national CIRT? (fr) » a pour réponse « oui »"],
    [
      { question: "data-protection", in: ["not-in-place", "in-progress"] },
      '"Is data protection legislation in place?" is answered "not in place" or "in progress"',
      "« Is data protection legislation in place? (fr) » a pour réponse « pas en place » ou « en cours »",
    ],
    [{ question: "multilateral", in: ["budapest"] }, '"Multilateral frameworks joined" has "budapest" ticked', "« budapest (fr) » est coché pour « Multilateral frameworks joined (fr) »"],
    [{ question: "cirt-services", creditBelow: 0.5 }, '"Which services does the CIRT offer?" is answered with less than 50% of its credit', "« Which services does the CIRT offer? (fr) » a une réponse qui obtient moins de 50 % de son crédit"],
    [{ question: "national-strategy", unanswered: true }, '"Is there a national cybersecurity strategy?" is not answered', "« Is there a national cybersecurity strategy? (fr) » est sans réponse"],
    [{ indicator: "cybercrime-law", scoreBelow: 0.25 }, 'indicator "Cybercrime law" scores below 25% (once one of its questions is answered)', "l'indicateur « Cybercrime law (fr) » obtient moins de 25 % (dès qu'une de ses questions a une réponse)"],
    [{ question: "nope", unanswered: true }, 'unknown question "nope"', "question inconnue « nope »"],
  ])("%j", (cond, en, fr) => {
    expect(describeCondition(cond, version, "en")).toBe(en);
    expect(describeCondition(cond, version, "fr")).toBe(fr);
  });

  it("brackets nested compounds and negations", () => {
    const cond: TCondition = {
      all: [
        { question: "national-cirt", in: ["yes"] },
        { any: [{ question: "cirt-staff", creditBelow: 0.5 }, { not: { question: "cirt-services", unanswered: true } }] },
      ],
    };
    expect(describeCondition(cond, version, "en")).toBe(
      '"Is there a national CIRT?" is answered "yes" and ("How many people work at the CIRT?" is answered with less than 50% of its credit or not ("Which services does the CIRT offer?" is not answered))',
    );
  });

  it("falls back to English sentences and texts for other languages", () => {
    expect(describeCondition({ question: "national-cirt", in: ["no"] }, version, "es")).toBe('"Is there a national CIRT?" is answered "no"');
  });
});
