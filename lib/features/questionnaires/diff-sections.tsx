import { getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/localized";
import type { TVersionDiff } from "@/lib/questionnaire/crosswalk";
import type { TNormalizedQuestionnaire } from "@/lib/questionnaire/model";
import { LocalizedText } from "@/lib/features/shell/localized-text";
import { formatScore } from "@/lib/i18n/format-number";

type TProps = { from: TNormalizedQuestionnaire; to: TNormalizedQuestionnaire; diff: TVersionDiff; locale: string };


/** Each kind of change as its own section, with question texts in the reader's language. */
export async function DiffSections({ from, to, diff, locale }: TProps) {
  const pts = (n: number) => formatScore(n, locale);
  const t = await getTranslations("questionnaire");
  const textA = (id: string) => localized(from.questionById[id]?.text, locale);
  const textB = (id: string) => localized(to.questionById[id]?.text, locale);
  const place = (v: TNormalizedQuestionnaire, id: string) => localized(v.indicatorById[v.questionById[id]?.indicator ?? ""]?.title, locale);
  const q = diff.questions;
  const section = (key: string, count: number, body: React.ReactNode) => (
    <section className="card stack" aria-labelledby={`diff-${key}`} key={key}>
      <h3 id={`diff-${key}`}>
        {t(key as "added")} <span className="badge">{count}</span>
      </h3>
      {count === 0 ? <p className="muted">{t("none")}</p> : body}
    </section>
  );
  return (
    <>
      {section("added", q.added.length, <ul>{q.added.map((x) => <li key={x.id}><strong>{textB(x.id)}</strong> <small className="muted">({x.id}, {place(to, x.id)}, {pts(x.points)})</small></li>)}</ul>)}
      {section("removed", q.removed.length, <ul>{q.removed.map((x) => <li key={x.id}>{textA(x.id)} <small className="muted">({x.id}, {pts(x.points)})</small></li>)}</ul>)}
      {section(
        "reworded",
        q.reworded.length,
        <table>
          <thead><tr><th>{t("before")}</th><th>{t("after")}</th></tr></thead>
          <tbody>{q.reworded.map((x) => <tr key={`${x.from}>${x.to}`}><td>{textA(x.from)}</td><td>{textB(x.to)}</td></tr>)}</tbody>
        </table>,
      )}
      {section(
        "reweighted",
        q.reweighted.length,
        <table>
          <thead><tr><th /><th>{t("pointsBefore")}</th><th>{t("pointsAfter")}</th></tr></thead>
          <tbody>{q.reweighted.map((x) => <tr key={`${x.from}>${x.to}`}><td>{textB(x.to)}</td><td>{pts(x.pointsBefore)}</td><td>{pts(x.pointsAfter)}</td></tr>)}</tbody>
        </table>,
      )}
      {section("moved", q.moved.length, <ul>{q.moved.map((x) => <li key={x.to}>{textB(x.to)}: {place(from, x.from)} → {place(to, x.to)}</li>)}</ul>)}
      {section("typeChanged", q.typeChanged.length, <ul>{q.typeChanged.map((x) => <li key={x.to}>{textB(x.to)}: {x.typeBefore} → {x.typeAfter}</li>)}</ul>)}
      {section("split", q.split.length, <ul>{q.split.map((x) => <li key={x.from}>{textA(x.from)} → {x.to.map(textB).join(" · ")}</li>)}</ul>)}
      {section("merged", q.merged.length, <ul>{q.merged.map((x) => <li key={x.to}>{x.from.map(textA).join(" · ")} → {textB(x.to)}</li>)}</ul>)}
      {section(
        "indicatorChanges",
        diff.indicators.reweighted.length + diff.indicators.added.length + diff.indicators.removed.length,
        <ul>
          {diff.indicators.reweighted.map((x) => <li key={x.id}><LocalizedText text={to.indicatorById[x.id]?.title} locale={locale} />: {pts(x.pointsBefore)} → {pts(x.pointsAfter)}</li>)}
          {diff.indicators.added.map((x) => <li key={x.id}>+ <LocalizedText text={to.indicatorById[x.id]?.title} locale={locale} /></li>)}
          {diff.indicators.removed.map((x) => <li key={x.id}>− <LocalizedText text={from.indicatorById[x.id]?.title} locale={locale} /></li>)}
        </ul>,
      )}
      {section(
        "gapRuleChanges",
        diff.gapRules.added.length + diff.gapRules.removed.length + diff.gapRules.changed.length,
        <ul>
          {diff.gapRules.added.length > 0 && <li>{t("gapRulesAdded", { ids: diff.gapRules.added.join(", ") })}</li>}
          {diff.gapRules.removed.length > 0 && <li>{t("gapRulesRemoved", { ids: diff.gapRules.removed.join(", ") })}</li>}
          {diff.gapRules.changed.length > 0 && <li>{t("gapRulesChanged", { ids: diff.gapRules.changed.join(", ") })}</li>}
        </ul>,
      )}
    </>
  );
}
