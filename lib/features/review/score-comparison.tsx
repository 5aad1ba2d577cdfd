import { getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/localized";
import type { TReviewPageData } from "@/lib/server/review/review-page-data";

/** Self-reported and validated scores side by side, and every question that explains the gap. */
export async function ScoreComparison({ data, locale }: { data: TReviewPageData; locale: string }) {
  const t = await getTranslations("review.scores");
  const { self, validated, differences, delta } = data.comparison;
  return (
    <section className="card stack" aria-labelledby="two-scores" data-testid="two-scores">
      <h2 id="two-scores">{t("title")}</h2>
      <table>
        <thead>
          <tr>
            <th />
            <th>{t("self")}</th>
            <th>{t("validated")}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t("overall")}</th>
            <td data-testid="self-score">{self.overall.display.toFixed(2)}</td>
            <td data-testid="validated-score">{validated.overall.display.toFixed(2)}</td>
          </tr>
          {data.version.pillars.map((p) => (
            <tr key={p.id}>
              <th scope="row">{localized(p.title, locale)}</th>
              <td>{self.pillars[p.key].display.toFixed(2)}</td>
              <td>{validated.pillars[p.key].display.toFixed(2)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {differences.length === 0 ? (
        <p className="muted">{t("noDifference")}</p>
      ) : (
        <>
          <p>{t("delta", { delta: delta.toFixed(2) })}</p>
          <ul data-testid="score-differences">
            {differences.map((d) => (
              <li key={d.questionId}>
                <strong>{localized(data.version.questionById[d.questionId]?.text, locale)}</strong>: {d.before.toFixed(2)} → {d.after.toFixed(2)}
                {d.reason && <span className="muted"> — {d.reason}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
