// Scoring benchmark: 194 complete assessments (one per country) scored with scoreAssessment,
// against a plain weighted-sum loop over the same answers as the baseline.
// Run: npx tsx scripts/bench-scoring.ts   (goal: < 20 ms for 194, within 3x the plain loop)
import os from "node:os";
import { loadVersion } from "@/lib/files/questionnaire-files";
import type { TAnswers, TNormalizedQuestionnaire } from "@/lib/questionnaire/model";
import { creditFunctionFor } from "@/lib/scoring/credit";
import { scoreAssessment } from "@/lib/scoring/score";
import { scoreTotals } from "@/lib/scoring/totals";
import { generateVersion, randomAnswers } from "@/tests/support/scoring-fixtures";

const COUNTRIES = 194;
const RUNS = 50;
const WARMUP = 30;

async function benchVersion(): Promise<{ version: TNormalizedQuestionnaire; source: string }> {
  try {
    return { version: await loadVersion("five-pillars@2024"), source: "questionnaires/five-pillars/2024.yaml" };
  } catch (error) {
    console.warn(`five-pillars@2024 did not load (${error instanceof Error ? error.message.split("\n")[0] : error}); using a generated version`);
    return { version: generateVersion(2024, { indicators: 20, questions: 85 }), source: "generated (seed 2024)" };
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Median wall time in ms of `run` over RUNS runs, after WARMUP runs. */
function time(run: () => number): { medianMs: number; sink: number } {
  let sink = 0;
  for (let i = 0; i < WARMUP; i++) sink += run();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    sink += run();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return { medianMs: median(samples), sink };
}

async function main(): Promise<void> {
  const { version, source } = await benchVersion();
  // Complete answer sets: every question answered with a random valid value (seeded).
  const sets: TAnswers[] = Array.from({ length: COUNTRIES }, (_, i) => randomAnswers(version, 1000 + i, 1));

  // Baseline: points and credit lookups precomputed, one multiply-add per question, no skip logic,
  // no explanation, no next steps, no flags.
  const points = version.questions.map((q) => (q.scored ? q.points : 0));
  const lookups = version.questions.map((q) => creditFunctionFor(q));
  const ids = version.questions.map((q) => q.id);
  const plain = () => {
    let total = 0;
    for (const answers of sets) {
      let overall = 0;
      for (let i = 0; i < ids.length; i++) {
        const v = answers[ids[i]!];
        if (v !== null && v !== undefined) overall += points[i]! * (lookups[i]!(v) ?? 0);
      }
      total += overall;
    }
    return total;
  };
  const full = () => {
    let total = 0;
    for (const answers of sets) total += scoreAssessment(version, answers).overall.score;
    return total;
  };

  // Totals only (overall, pillars, tier, completion): what a dashboard of 194 countries needs.
  const lean = () => {
    let total = 0;
    for (const answers of sets) total += scoreTotals(version, answers).overall.score;
    return total;
  };

  const baseline = time(plain);
  const scoring = time(full);
  const totals = time(lean);
  const ratio = scoring.medianMs / baseline.medianMs;
  const totalsRatio = totals.medianMs / baseline.medianMs;
  const perAssessmentUs = (scoring.medianMs * 1000) / COUNTRIES;

  console.log(`version: ${version.key} from ${source} (${version.indicators.length} indicators, ${version.questions.length} questions, ${version.gapRules.length} gap rules)`);
  console.log(`machine: ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? "unknown cpu"}, node ${process.version}`);
  console.log(`runs: ${RUNS} timed after ${WARMUP} warm-up runs, median of each`);
  console.log(`scoreAssessment x ${COUNTRIES}: ${scoring.medianMs.toFixed(2)} ms (${perAssessmentUs.toFixed(1)} µs per assessment)`);
  console.log(`scoreTotals x ${COUNTRIES}: ${totals.medianMs.toFixed(2)} ms`);
  console.log(`plain weighted sum x ${COUNTRIES}: ${baseline.medianMs.toFixed(3)} ms`);
  console.log(`ratio to the plain loop: scoreAssessment ${ratio.toFixed(1)}x, scoreTotals ${totalsRatio.toFixed(1)}x`);
  console.log(
    JSON.stringify({
      bench: "scoring",
      version: version.key,
      assessments: COUNTRIES,
      questions: version.questions.length,
      runs: RUNS,
      scoreAssessmentMs: Number(scoring.medianMs.toFixed(3)),
      scoreTotalsMs: Number(totals.medianMs.toFixed(3)),
      plainLoopMs: Number(baseline.medianMs.toFixed(3)),
      ratio: Number(ratio.toFixed(2)),
      totalsRatio: Number(totalsRatio.toFixed(2)),
      under20ms: scoring.medianMs < 20,
      within3x: ratio <= 3,
      totalsWithin3x: totalsRatio <= 3,
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
