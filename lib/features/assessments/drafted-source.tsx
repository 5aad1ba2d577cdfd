import { getFormatter, getTranslations } from "next-intl/server";
import { ConfirmDraftedButton } from "./confirm-drafted-button";

export type TDraftedSource = { url: string | null; title: string | null; accessedOn: string | null; excerpt: string | null; confirmedAt: Date | null };

/**
 * Beside an answer ITU drafted from desk research: where it comes from, whether the country
 * confirmed it, and (for the focal point, while validation is open) the button that confirms it.
 */
export async function DraftedSource({
  assessmentId,
  questionId,
  source,
  canConfirm,
}: {
  assessmentId: string;
  questionId: string;
  source: TDraftedSource;
  canConfirm: boolean;
}) {
  const t = await getTranslations("assessment.deskResearch");
  const format = await getFormatter();
  const safe = source.url && /^https?:\/\//i.test(source.url) ? source.url : null;
  return (
    <aside className="alert stack" data-drafted={questionId} data-confirmed={source.confirmedAt ? "yes" : "no"}>
      <p>
        <strong>{t("drafted")}</strong>{" "}
        {safe ? (
          <a href={safe} target="_blank" rel="noopener noreferrer" style={{ overflowWrap: "anywhere" }}>
            <bdi>{source.title ?? safe}</bdi>
          </a>
        ) : (
          <bdi>{source.title}</bdi>
        )}
        {source.accessedOn && <> · {t("readOn", { date: format.dateTime(new Date(`${source.accessedOn}T12:00:00Z`), { dateStyle: "medium" }) })}</>}
      </p>
      {source.excerpt && (
        <blockquote className="small">
          <bdi>{source.excerpt}</bdi>
        </blockquote>
      )}
      <p className="small">{source.confirmedAt ? t("confirmedOn", { date: format.dateTime(source.confirmedAt, { dateStyle: "medium" }) }) : t("awaiting")}</p>
      {canConfirm && !source.confirmedAt && <ConfirmDraftedButton assessmentId={assessmentId} questionIds={[questionId]} label={t("confirm")} />}
    </aside>
  );
}
