// Gap-rule conditions as sentences a reviewer can check against the questionnaire, e.g.
// `"Is there a national CIRT?" is answered "no"`. English and French sentences; other languages
// use English sentences around the question texts in their language (English when missing).
import { SCALE_VALUES, type TCondition, type TLanguage, type TLocalizedText, type TScaleValue } from "@/lib/questionnaire/format-schema";
import type { TNormalizedQuestion, TNormalizedQuestionnaire } from "@/lib/questionnaire/model";

type TPhrases = {
  quote: (s: string) => string;
  or: string;
  and: string;
  not: (s: string) => string;
  answered: (q: string, values: string) => string;
  ticked: (q: string, values: string) => string;
  creditBelow: (q: string, pct: string) => string;
  unanswered: (q: string) => string;
  scoreBelow: (ind: string, pct: string) => string;
  unknownQuestion: (id: string) => string;
  unknownIndicator: (id: string) => string;
  yes: string;
  no: string;
  scale: Record<TScaleValue, string>;
};

const EN: TPhrases = {
  quote: (s) => `"${s}"`,
  or: " or ",
  and: " and ",
  not: (s) => `not (${s})`,
  answered: (q, v) => `${q} is answered ${v}`,
  ticked: (q, v) => `${q} has ${v} ticked`,
  creditBelow: (q, pct) => `${q} is answered with less than ${pct} of its credit`,
  unanswered: (q) => `${q} is not answered`,
  scoreBelow: (ind, pct) => `indicator ${ind} scores below ${pct} (once one of its questions is answered)`,
  unknownQuestion: (id) => `unknown question "${id}"`,
  unknownIndicator: (id) => `unknown indicator "${id}"`,
  yes: "yes",
  no: "no",
  scale: { "in-place": "in place", "partially-in-place": "partially in place", "in-progress": "in progress", "not-in-place": "not in place" },
};

const FR: TPhrases = {
  quote: (s) => `« ${s} »`,
  or: " ou ",
  and: " et ",
  not: (s) => `non (${s})`,
  answered: (q, v) => `${q} a pour réponse ${v}`,
  ticked: (q, v) => `${v} est coché pour ${q}`,
  creditBelow: (q, pct) => `${q} a une réponse qui obtient moins de ${pct} de son crédit`,
  unanswered: (q) => `${q} est sans réponse`,
  scoreBelow: (ind, pct) => `l'indicateur ${ind} obtient moins de ${pct} (dès qu'une de ses questions a une réponse)`,
  unknownQuestion: (id) => `question inconnue « ${id} »`,
  unknownIndicator: (id) => `indicateur inconnu « ${id} »`,
  yes: "oui",
  no: "non",
  scale: { "in-place": "en place", "partially-in-place": "partiellement en place", "in-progress": "en cours", "not-in-place": "pas en place" },
};

const text = (t: TLocalizedText, locale: TLanguage) => t[locale] ?? t.en;

function percent(x: number, locale: TLanguage): string {
  const n = String(Math.round(x * 1000) / 10);
  return locale === "fr" ? `${n.replace(".", ",")} %` : `${n}%`;
}

function valueLabel(q: TNormalizedQuestion, value: string | boolean, ph: TPhrases, locale: TLanguage): string {
  if (q.type === "yes-no") return value === true || value === "yes" ? ph.yes : value === false || value === "no" ? ph.no : String(value);
  if (q.type === "scale" && (SCALE_VALUES as readonly unknown[]).includes(value)) return ph.scale[value as TScaleValue];
  if (q.type === "single-choice" || q.type === "multiple-choice") {
    const option = q.options.find((o) => o.id === value);
    if (option) return text(option.label, locale);
  }
  return String(value);
}

export function describeCondition(cond: TCondition, version: TNormalizedQuestionnaire, locale: TLanguage = "en"): string {
  const ph = locale === "fr" ? FR : EN;
  const describe = (c: TCondition, nested: boolean): string => {
    if ("question" in c) {
      const q = version.questionById[c.question];
      if (!q) return ph.unknownQuestion(c.question);
      const name = ph.quote(text(q.text, locale));
      if ("in" in c) {
        const values = c.in.map((v) => ph.quote(valueLabel(q, v, ph, locale))).join(ph.or);
        return q.type === "multiple-choice" ? ph.ticked(name, values) : ph.answered(name, values);
      }
      if ("creditBelow" in c) return ph.creditBelow(name, percent(c.creditBelow, locale));
      return ph.unanswered(name);
    }
    if ("indicator" in c) {
      const ind = version.indicatorById[c.indicator];
      if (!ind) return ph.unknownIndicator(c.indicator);
      return ph.scoreBelow(ph.quote(text(ind.title, locale)), percent(c.scoreBelow, locale));
    }
    if ("not" in c) return ph.not(describe(c.not, false));
    const parts = "all" in c ? c.all : c.any;
    if (parts.length === 1) return describe(parts[0]!, nested);
    const joined = parts.map((p) => describe(p, true)).join("all" in c ? ph.and : ph.or);
    return nested ? `(${joined})` : joined;
  };
  return describe(cond, false);
}
