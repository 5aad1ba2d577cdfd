import { getFormatter, getTranslations } from "next-intl/server";
import type { listCycles } from "@/lib/server/cycles/open-cycle";
import { OpenCycleForm } from "./open-cycle-form";
import { PublishCycleControl } from "./publish-cycle-control";
import { ValidationDeadlineForm } from "./validation-deadline-form";
import { Link } from "@/lib/i18n/navigation";
import type { TPublicationRule } from "../../assessments/publication";

type TCycle = Awaited<ReturnType<typeof listCycles>>[number];

export async function CyclesView({ cycles, versions }: { cycles: TCycle[]; versions: string[] }) {
  const t = await getTranslations("cycles");
  const format = await getFormatter();
  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <section className="card">
        <OpenCycleForm versions={versions} />
      </section>
      <section className="card">
        {cycles.length === 0 ? (
          <p className="muted">{t("none")}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th>{t("name")}</th>
                <th>{t("questionnaire")}</th>
                <th>{t("period")}</th>
                <th>{t("assessments")}</th>
                <th>{t("deadline.title")}</th>
                <th>{t("publication.title")}</th>
              </tr>
            </thead>
            <tbody>
              {cycles.map((c) => (
                <tr key={c.id} data-cycle={c.name}>
                  <td>{c.name}</td>
                  <td>
                    {c.questionnaireVersion.questionnaireId}@{c.questionnaireVersion.version}
                  </td>
                  <td>{format.dateTimeRange(c.opensAt, c.closesAt, { dateStyle: "medium", timeZone: "UTC" })}</td>
                  <td>{c._count.assessments}</td>
                  <td>
                    <ValidationDeadlineForm cycleId={c.id} cycleName={c.name} deadline={c.validationDeadline?.toISOString().slice(0, 10) ?? null} />
                  </td>
                  <td className="stack">
                    <p data-publication-state={c.publishedAt ? "published" : "unpublished"}>
                      {c.publishedAt ? (
                        <>
                          {t("publication.publishedOn", { date: format.dateTime(c.publishedAt, { dateStyle: "medium" }) })}{" "}
                          <Link prefetch={false} href={`/public?cycle=${c.id}`}>
                            {t("publication.view")}
                          </Link>
                        </>
                      ) : (
                        t("publication.unpublished")
                      )}
                    </p>
                    <p className="small muted" data-public-count={c.publicCount}>
                      {t(c.publishedAt ? "publication.publicNow" : "publication.publicOnPublish", { count: c.publicCount, validated: c.validated })}
                    </p>
                    <PublishCycleControl cycleId={c.id} cycleName={c.name} published={c.publishedAt !== null} rule={c.publicationRule as TPublicationRule} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
