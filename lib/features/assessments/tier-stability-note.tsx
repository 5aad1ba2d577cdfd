import { getFormatter, getTranslations } from "next-intl/server";
import { tierStabilitySentences } from "@/lib/assessments/tier-stability-text";
import type { TTierStability } from "@/lib/scoring";

/** How far the score is from the tier boundaries and whether +-10% pillar weights keep the tier. */
export async function TierStabilityNote({ stability }: { stability: TTierStability }) {
  const t = await getTranslations("assessment.stability");
  const format = await getFormatter();
  const number = (n: number) => format.number(n, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const sentences = tierStabilitySentences(stability, (key, values) => t(key, values), number);
  return (
    <div className="stack" data-testid="tier-stability" data-holds={String(stability.holds)}>
      <h3>{t("title")}</h3>
      <p className="small">{sentences.join(" ")}</p>
    </div>
  );
}
