import { getFormatter, getTranslations } from "next-intl/server";
import { countryName } from "@/lib/countries/country-name";
import { isolate } from "@/lib/i18n/bidi";
import { formatScore } from "@/lib/i18n/format-number";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { TPublicCountry } from "@/lib/server/public/load-public-country";
import { originNote } from "@/lib/reports/report-data";
import { ReportRadar } from "../reports/report-radar";
import { AreasSections, FlagsSection, pillarTitleOf, PillarsTable } from "../reports/report-sections";
import { LocalizedText } from "../shell/localized-text";

/** A country's public profile: its validated result beside the public results of its region and the world. */
export async function PublicCountryView({ profile, locale }: { profile: TPublicCountry; locale: string }) {
  const t = await getTranslations("public");
  const r = await getTranslations("reports");
  const tr = await getTranslations("regions");
  const format = await getFormatter();
  const fmt = (n: number | null | undefined) => formatScore(n, locale);
  const { entry, data, version, cycle } = profile;
  // The report's own wording: whether the country confirmed ITU's draft, from the status, not the consent.
  const origin = originNote(entry.origin, entry.status);
  const tAll = await getTranslations();
  const name = countryName(entry.country, locale);
  const pillarTitle = await pillarTitleOf(version, locale);
  const regionName = tr(entry.country.ituRegion as never);
  const linksByPillar = version.pillars
    .map((p) => ({ pillar: p, links: profile.links.filter((l) => version.questionById[l.questionId]!.pillar === p.id) }))
    .filter((g) => g.links.length > 0);
  return (
    <article className="stack report" data-public="country" data-country={entry.country.iso3}>
      <p className="small">
        <Link prefetch={false} href={`/public?cycle=${cycle.id}`}>
          {t("back")}
        </Link>
      </p>
      <header className="stack report-head">
        <h1>{name}</h1>
        <p className="muted">
          {t("cycleLine", { cycle: isolate(cycle.name), date: format.dateTime(cycle.publishedAt, { dateStyle: "long" }), count: data.averages.worldCount })} ·{" "}
          {regionName}
        </p>
        <p className="report-score">
          <span>{r("overall")}: </span>
          <strong data-testid="public-overall">{fmt(data.overall)}</strong> / 100 ·{" "}
          <span className="badge" data-testid="public-tier">
            {r("tier", { tier: data.tier, label: localized(profile.tierLabel as never, locale) })}
          </span>
        </p>
        <p className="small" data-origin={entry.origin}>
          {origin ? tAll(origin) : t("originCountry")}
        </p>
        {entry.demo && <p className="alert warning">{t("demo")}</p>}
        {profile.cycles.length > 1 && (
          <nav aria-label={t("cyclesLabel")} className="inline-form">
            {profile.cycles.map((c) =>
              c.id === cycle.id ? (
                <strong key={c.id} aria-current="page">
                  {c.name}
                </strong>
              ) : (
                <Link key={c.id} prefetch={false} href={`/public/${entry.country.iso3}?cycle=${c.id}`}>
                  {c.name}
                </Link>
              ),
            )}
          </nav>
        )}
      </header>

      <section className="card stack report-section" aria-labelledby="radar-title">
        <h2 id="radar-title">{r("radarTitle")}</h2>
        <ReportRadar
          rows={data.radar.map((x) => ({ label: pillarTitle(x.pillar), country: x.country, region: x.region, world: x.world }))}
          names={{
            country: r("radarCountry", { country: name }),
            region: r("radarRegion", { region: regionName, count: data.averages.regionCount }),
            world: r("radarWorld", { count: data.averages.worldCount }),
          }}
          fallback={r("noPeers")}
        />
        <p className="muted small">{t("peersNote")}</p>
      </section>

      <section className="card stack report-section" aria-labelledby="pillars-title">
        <h2 id="pillars-title">{r("pillarsTitle")}</h2>
        <PillarsTable data={data} version={version} locale={locale} testId="public-pillars" />
      </section>

      <AreasSections data={data} version={version} locale={locale} />

      <FlagsSection flags={data.flags} locale={locale} testId="public-gaps" withReference={false} />

      <section className="card stack report-section" aria-labelledby="evidence-title">
        <h2 id="evidence-title">{t("evidenceTitle")}</h2>
        {linksByPillar.length === 0 ? (
          <p className="muted">{t("noEvidence")}</p>
        ) : (
          linksByPillar.map((g) => (
            <div key={g.pillar.id} className="stack">
              <h3>
                <LocalizedText text={g.pillar.title} locale={locale} />
              </h3>
              <ul data-testid="public-evidence">
                {g.links.map((l) => (
                  <li key={`${l.questionId}-${l.url}`}>
                    <a href={l.url} rel="noopener noreferrer nofollow" target="_blank">
                      <bdi>{l.title || l.url}</bdi>
                    </a>{" "}
                    <span className="muted small">
                      (<LocalizedText text={version.questionById[l.questionId]?.text} locale={locale} />)
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          ))
        )}
      </section>

      <section className="card stack" aria-labelledby="data-title">
        <h2 id="data-title">{t("dataTitle")}</h2>
        <p>
          <bdi>
            <code>{`GET /api/v1/public/countries/${entry.country.iso3}?cycle=${cycle.id}`}</code>
          </bdi>
        </p>
      </section>
    </article>
  );
}
