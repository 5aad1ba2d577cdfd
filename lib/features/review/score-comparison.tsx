import { getTranslations } from "next-intl/server";
import type { TReviewPageData } from "@/lib/server/review/review-page-data";
import { LocalizedText } from "@/lib/features/shell/localized-text";
import { formatScore } from "@/lib/i18n/format-number";

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
            <td data-testid="self-score">{formatScore(self.overall.display, locale)}</td>
            <td data-testid="validated-score">{formatScore(validated.overall.display, locale)}</td>
          </tr>
          {data.version.pillars.map((p) => (
            <tr key={p.id}>
              <th scope="row">
                <LocalizedText text={p.title} locale={locale} />
              </th>
              <td>{formatScore(self.pillars[p.id].display, locale)}</td>
              <td>{formatScore(validated.pillars[p.id].display, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {differences.length === 0 ? (
        <p className="muted">{t("noDifference")}</p>
      ) : (
        <>
          <p>{t("delta", { delta: formatScore(delta, locale) })}</p>
          <ul data-testid="score-differences">
            {differences.map((d) => (
              <li key={d.questionId}>
                <strong>
                  <LocalizedText text={data.version.questionById[d.questionId]?.text} locale={locale} />
                </strong>
                : {formatScore(d.before, locale)} → {formatScore(d.after, locale)}
                {d.reason && <span className="muted"> — {d.reason}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
