import { getTranslations } from "next-intl/server";
import { PILLAR_IDS } from "@/lib/questionnaire/format-schema";
import { PILLAR_KEYS } from "@/lib/questionnaire/model";

type TStored = { completion?: { pillars?: Record<string, { answered: number; applicable: number }> } };

/** Answered / applicable per pillar, from the score stored with the assessment at its last save. */
export async function PillarProgress({ scoreJson }: { scoreJson: string | null }) {
  const t = await getTranslations("pillars");
  const home = await getTranslations("home");
  const stored = scoreJson ? (JSON.parse(scoreJson) as TStored) : null;
  if (!stored?.completion?.pillars) return <span className="muted small">{home("notStarted")}</span>;
  return (
    <ul className="progress-list small">
      {PILLAR_IDS.map((p) => {
        const c = stored.completion!.pillars![PILLAR_KEYS[p]];
        return c ? (
          <li key={p}>
            {t(p)}: {c.answered}/{c.applicable}
          </li>
        ) : null;
      })}
    </ul>
  );
}
