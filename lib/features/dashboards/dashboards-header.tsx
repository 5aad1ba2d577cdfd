import { getTranslations } from "next-intl/server";
import { seesAllCountries, type TActor } from "@/lib/authz/policy";
import { Link } from "@/lib/i18n/navigation";
import type { TDashboardCycle } from "@/lib/server/dashboards/load-aggregates";
import styles from "./dashboards.module.css";

const PAGES = [
  { key: "overview", href: "/dashboards" },
  { key: "compare", href: "/dashboards/compare" },
  { key: "gaps", href: "/dashboards/gaps" },
] as const;

/** Title, tabs between the three dashboards and what the person may see. */
export async function DashboardsHeader({ actor, current, cycle }: { actor: TActor; current: (typeof PAGES)[number]["key"]; cycle: TDashboardCycle | null }) {
  const t = await getTranslations("dashboards");
  return (
    <>
      <h1>
        {t(current)}
        {/* Cycle names are data, often Latin with digits first: isolated so an Arabic heading keeps their order. */}
        {cycle ? (
          <small className="muted">
            {" · "}
            <bdi>{cycle.name}</bdi>
          </small>
        ) : null}
      </h1>
      <nav aria-label={t("tabs")}>
        <ul className={styles.tabs}>
          {PAGES.map((p) => (
            <li key={p.key}>
              <Link href={cycle ? { pathname: p.href, query: { cycle: cycle.id } } : p.href} aria-current={p.key === current ? "page" : undefined}>
                {t(p.key)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p className="muted">{seesAllCountries(actor) ? t("scopeAll") : t("scopeCountry")}</p>
    </>
  );
}

/** The cycle picker of a GET form. */
export async function CycleSelect({ cycles, cycle }: { cycles: TDashboardCycle[]; cycle: TDashboardCycle | null }) {
  const t = await getTranslations("dashboards");
  return (
    <label className="field">
      <span>{t("cycle")}</span>
      <select name="cycle" defaultValue={cycle?.id ?? ""}>
        {cycles.map((c) => (
          <option key={c.id} value={c.id} dir="auto">
            {c.name} ({c.questionnaireKey})
          </option>
        ))}
      </select>
    </label>
  );
}
