import "server-only";
import { recomputeStaleScores } from "../server/assessments/recompute-stale-scores";
import { db } from "../server/db";
import { seedCountries } from "./seed-countries";
import { seedDemo } from "./seed-demo";
import { seedQuestionnaires } from "./seed-questionnaires";

export async function seedAll(options: { demo: boolean }) {
  const countries = await seedCountries(db());
  const questionnaires = await seedQuestionnaires();
  // Demo data only on a database nobody has used yet (no accounts), never in production.
  const fresh = (await db().user.count()) === 0;
  const demo = options.demo && fresh ? await seedDemo(db()) : null;
  // After an upgrade, stored scores of an older format or rules version are brought up to date.
  const rescored = await recomputeStaleScores();
  return { countries, questionnaires, demo, rescored };
}
