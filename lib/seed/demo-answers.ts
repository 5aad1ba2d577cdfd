// Deterministic, fictitious answers for the demo: a per-country "capacity" drawn from a hash of the
// ISO3 code, shaped like the published GCI 2024 spread (a few tier 1, most countries in tiers 3-4).
import type { TAnswers, TAnswerValue, TNormalizedQuestionnaire } from "../questionnaire/model";
import { mulberry32 } from "../scoring/prng";

export type TDemoStatus = "draft" | "submitted" | "in-review" | "returned" | "validated";

/** FNV-1a: a stable 32-bit hash of a string, the seed of each country's generator. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

// Share of countries per tier (cumulative) and the target score range of each tier.
const TIER_BANDS = [
  { upTo: 0.09, min: 96, max: 99.5 },
  { upTo: 0.2, min: 86, max: 94 },
  { upTo: 0.5, min: 57, max: 83 },
  { upTo: 0.9, min: 23, max: 53 },
  { upTo: 1, min: 6, max: 18 },
];

/** The country's target overall score (0-100) in the latest edition. */
// Countries in the top tiers of the published GCI 2024, so that the fictitious map looks plausible.
const LEADING = new Set([
  "USA",
  "GBR",
  "FRA",
  "DEU",
  "EST",
  "KOR",
  "SGP",
  "JPN",
  "AUS",
  "NLD",
  "ESP",
  "SAU",
  "ARE",
  "EGY",
  "KEN",
  "MYS",
  "BRA",
  "IND",
  "TUR",
  "FIN",
]);

export function demoCapacity(iso3: string): number {
  const r = mulberry32(hashString(`capacity:${iso3}`));
  const u = LEADING.has(iso3) ? r() * 0.2 : r();
  const band = TIER_BANDS.find((b) => u < b.upTo) ?? TIER_BANDS[TIER_BANDS.length - 1]!;
  return band.min + r() * (band.max - band.min);
}

/** Statuses of the open (latest) cycle and of the closed earlier one. */
export function demoStatus(iso3: string, cycle: "earlier" | "latest"): TDemoStatus {
  const u = mulberry32(hashString(`status:${cycle}:${iso3}`))();
  if (cycle === "earlier") return u < 0.88 ? "validated" : u < 0.94 ? "submitted" : "draft";
  if (u < 0.35) return "validated";
  if (u < 0.5) return "in-review";
  if (u < 0.65) return "submitted";
  if (u < 0.75) return "returned";
  return "draft";
}

function nearest<T extends NonNullable<unknown>>(items: readonly T[], credit: (t: T) => number, target: number): T {
  let best = items[0]!;
  for (const item of items) if (Math.abs(credit(item) - target) < Math.abs(credit(best) - target)) best = item;
  return best;
}

function shown(q: TNormalizedQuestionnaire["questions"][number], answers: TAnswers): boolean {
  if (!q.showIf) return true;
  const parent = answers[q.showIf.question];
  const keys = new Set<unknown>(q.showIf.in);
  return Array.isArray(parent) ? parent.some((v) => keys.has(v)) : keys.has(parent);
}

/**
 * Answers of a country reaching about `score` percent: each scored question earns credit close to
 * score/100 with noise; `share` of the visible questions is answered (1 for a complete assessment).
 */
export function demoAnswers(version: TNormalizedQuestionnaire, seed: string, score: number, share = 1): TAnswers {
  const r = mulberry32(hashString(seed));
  const p = score / 100;
  const answers: TAnswers = {};
  for (const q of version.questions) {
    if (!shown(q, answers)) continue;
    if (share < 1 && r() > share) continue;
    const target = Math.min(1, Math.max(0, p + (r() - 0.5) * 0.5));
    let value: TAnswerValue;
    switch (q.type) {
      case "yes-no":
        value = r() < p ? "yes" : "no";
        break;
      case "scale": {
        const credits = { "in-place": 1, "partially-in-place": 0.5, "in-progress": 0.25, "not-in-place": 0, ...q.credits };
        value = nearest(Object.keys(credits) as (keyof typeof credits)[], (k) => credits[k], target);
        break;
      }
      case "single-choice":
        value = nearest(q.options, (o) => o.credit, target).id;
        break;
      case "multiple-choice":
        value = q.options.filter((o) => (o.credit > 0 ? r() < p : r() < 0.2)).map((o) => o.id);
        break;
      case "number": {
        const steps = [...(q.steps ?? [])].sort((a, b) => a.atLeast - b.atLeast);
        const reached = steps.filter((s) => s.credit <= target + 0.1);
        const base = reached.length > 0 ? reached[reached.length - 1]!.atLeast : (q.min ?? 0);
        value = Math.max(q.min ?? 0, Math.min(q.max ?? Number.MAX_SAFE_INTEGER, base + Math.floor(r() * 3)));
        break;
      }
      case "text":
        value = "Fictitious demonstration answer";
        break;
      case "date":
        value = `${2012 + Math.floor(r() * 12)}-0${1 + Math.floor(r() * 9)}-15`;
        break;
    }
    answers[q.id] = value;
  }
  return answers;
}
