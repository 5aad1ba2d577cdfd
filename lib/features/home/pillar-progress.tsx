import { getTranslations } from "next-intl/server";
import { PILLAR_IDS } from "@/lib/questionnaire/constants";
import { parseStoredScore } from "@/lib/assessments/stored-score";

/** Answered / applicable per pillar, from the score stored with the assessment at its last save. */
export async function PillarProgress({ scoreJson }: { scoreJson: string | null }) {
  const t = await getTranslations("pillars");
  const home = await getTranslations("home");
  // Progress is the country's own: the self-reported answers.
  const completion = parseStoredScore(scoreJson)?.selfReported.completion;
  if (!completion) return <span className="muted small">{home("notStarted")}</span>;
  return (
    <ul className="progress-list small">
      {PILLAR_IDS.map((p) => {
        const c = completion.pillars[p];
        return (
          <li key={p}>
            {t(p)}: {c.answered}/{c.applicable}
          </li>
        );
      })}
    </ul>
  );
}
