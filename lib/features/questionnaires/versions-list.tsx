import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { listQuestionnaireVersions } from "@/lib/server/questionnaires/list-questionnaire-versions";

type TRow = Awaited<ReturnType<typeof listQuestionnaireVersions>>[number];

export async function VersionsList({ versions }: { versions: TRow[] }) {
  const t = await getTranslations("questionnaire");
  const format = await getFormatter();
  const keys = versions.map((v) => `${v.questionnaireId}@${v.version}`);
  return (
    <div className="stack">
      <h1>{t("versionsTitle")}</h1>
      <p className="muted">{t("versionsIntro")}</p>
      <section className="card">
        <table>
          <thead>
            <tr>
              <th>{t("version")}</th>
              <th>{t("status")}</th>
              <th>{t("indicators")}</th>
              <th>{t("questions")}</th>
              <th>{t("hash")}</th>
              <th>{t("published")}</th>
              <th>{t("cycles")}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {versions.map((v, i) => (
              <tr key={v.id}>
                <td>
                  <strong>{keys[i]}</strong>
                  <br />
                  <small className="muted">{v.title}</small>
                </td>
                <td>
                  <span className="badge">{t(`statusValues.${v.status as "draft"}`)}</span>
                </td>
                <td>{v.indicatorCount}</td>
                <td>{v.questionCount}</td>
                <td>
                  <code>{v.hash.slice(0, 12)}</code>
                </td>
                <td>{v.publishedAt ? format.dateTime(v.publishedAt, { dateStyle: "medium" }) : "—"}</td>
                <td>{v._count.cycles}</td>
                <td className="actions">
                  <Link href={`/admin/questionnaires/${encodeURIComponent(keys[i]!)}`}>{t("preview")}</Link>
                  <Link href={`/admin/questionnaires/${encodeURIComponent(keys[i]!)}/translations`}>{t("translations.link")}</Link>
                  {i > 0 && (
                    <Link href={`/admin/questionnaires/diff?from=${encodeURIComponent(keys[i - 1]!)}&to=${encodeURIComponent(keys[i]!)}`}>
                      {t("diff")} ← {keys[i - 1]}
                    </Link>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
