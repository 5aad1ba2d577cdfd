// Scoring benchmark: 194 complete assessments (one per country) scored with scoreAssessment, the
// totals dashboards use, and the tier stability. Pages spend 150-275 ms in the database, so the one
// goal is that scoring every country stays well under that: < 20 ms for 194 (no ratio goal).
// Run: npx tsx scripts/bench-scoring.ts
import os from "node:os";
import { loadVersion } from "@/lib/files/questionnaire-files";
import type { TAnswers, TNormalizedQuestionnaire } from "@/lib/questionnaire/model";
import { scoreAssessment } from "@/lib/scoring/score";
import { tierStability } from "@/lib/scoring/tier-stability";
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
  const over = (score: (answers: TAnswers) => number) => () => sets.reduce((total, answers) => total + score(answers), 0);

  const scoring = time(over((answers) => scoreAssessment(version, answers).overall.score));
  // Totals only (overall, pillars, tier, completion): what a dashboard of 194 countries needs.
  const totals = time(over((answers) => scoreTotals(version, answers).overall.score));
  const stability = time(over((answers) => tierStability(version, answers).overall));
  const perAssessmentUs = (scoring.medianMs * 1000) / COUNTRIES;

  console.log(
    `version: ${version.key} from ${source} (${version.indicators.length} indicators, ${version.questions.length} questions, ${version.gapRules.length} gap rules)`,
  );
  console.log(`machine: ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? "unknown cpu"}, node ${process.version}`);
  console.log(`runs: ${RUNS} timed after ${WARMUP} warm-up runs, median of each`);
  console.log(
    `scoreAssessment x ${COUNTRIES}: ${scoring.medianMs.toFixed(2)} ms (${perAssessmentUs.toFixed(1)} µs per assessment; goal < 20 ms: ${scoring.medianMs < 20 ? "met" : "NOT met"})`,
  );
  console.log(`scoreTotals x ${COUNTRIES}: ${totals.medianMs.toFixed(2)} ms`);
  console.log(`tierStability x ${COUNTRIES}: ${stability.medianMs.toFixed(2)} ms`);
  console.log(
    JSON.stringify({
      bench: "scoring",
      version: version.key,
      assessments: COUNTRIES,
      questions: version.questions.length,
      runs: RUNS,
      scoreAssessmentMs: Number(scoring.medianMs.toFixed(3)),
      scoreTotalsMs: Number(totals.medianMs.toFixed(3)),
      tierStabilityMs: Number(stability.medianMs.toFixed(3)),
      under20ms: scoring.medianMs < 20,
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
