"use client";
// The map and its table are drawn in the browser from one compact list of countries: the server
// renders the same markup for the first paint, but the RSC payload carries the list once instead of
// 370 elements twice. The shapes come from one cached sprite (/map.svg).
import { useLocale } from "next-intl";
import { useMemo, useState } from "react";
import { bucketColor } from "@/lib/charts/color-scale";
import { fillSlots } from "@/lib/i18n/fill-slots";
import styles from "./dashboards.module.css";

export type TMapCountry = {
  iso3: string;
  m49Code: string;
  name: string;
  assessmentId: string;
  /** The colour bucket of lib/charts/color-scale.ts (null: no score). */
  bucket: number | null;
  /** The score as the page shows it (null: no score). */
  value: string | null;
  status: string;
};

/** The link label patterns, translated on the server with `{country}`, `{value}` and `{status}` left as slots. */
export type TMapLabels = { scored: string; unscored: string };

const labelOf = (labels: TMapLabels, c: TMapCountry) =>
  fillSlots(c.value === null ? labels.unscored : labels.scored, { country: c.name, value: c.value ?? "", status: c.status });

// A country's page: signed in, its report (radar against region and world, published GCI, gaps,
// next steps); on the public pages, its public profile in the cycle shown.
export type TMapLink = { to: "report" } | { to: "public"; cycleId: string };
const pageOf = (locale: string, c: TMapCountry, link: TMapLink) =>
  link.to === "report" ? `/${locale}/reports/${c.assessmentId}` : `/${locale}/public/${c.iso3}?cycle=${encodeURIComponent(link.cycleId)}`;
const REPORT: TMapLink = { to: "report" };
export type TMapGeometry = {
  width: number;
  height: number;
  sprite: string;
  shapes: [ref: string, m49Code: string][];
  markers: Record<string, [number, number]>;
};

/** A choropleth of world-atlas (ISO numeric ids = M49 codes), with a dot for each country too small to draw; each links to its page. */
export function WorldMap({
  geometry,
  countries,
  labels,
  title,
  link = REPORT,
}: {
  geometry: TMapGeometry;
  countries: TMapCountry[];
  labels: TMapLabels;
  title: string;
  link?: TMapLink;
}) {
  const locale = useLocale();
  const byCode = new Map(countries.map((c) => [c.m49Code, c]));
  const use = (ref: string) => `${geometry.sprite}#${ref}`;
  return (
    <svg viewBox={`0 0 ${geometry.width} ${geometry.height}`} className={styles.map} role="group" aria-label={title} data-world-map>
      <title>{title}</title>
      <g fill="#ececec" aria-hidden="true">
        {geometry.shapes
          .filter(([, code]) => !byCode.has(code))
          .map(([ref]) => (
            <use key={ref} href={use(ref)} />
          ))}
      </g>
      {geometry.shapes.map(([ref, code]) => {
        const c = byCode.get(code);
        return c ? (
          <a key={ref} href={pageOf(locale, c, link)} data-country={c.iso3}>
            <title>{labelOf(labels, c)}</title>
            <use href={use(ref)} fill={bucketColor(c.bucket)} />
          </a>
        ) : null;
      })}
      {countries.map((c) => {
        const at = geometry.markers[c.m49Code];
        return at ? (
          <a key={`marker-${c.iso3}`} href={pageOf(locale, c, link)} data-country={c.iso3} data-marker>
            <title>{labelOf(labels, c)}</title>
            <circle cx={at[0]} cy={at[1]} r={4} fill={bucketColor(c.bucket)} stroke="#1d2433" strokeWidth={0.8} />
          </a>
        ) : null;
      })}
    </svg>
  );
}

/** The same values for keyboard and screen-reader users, and for anyone who cannot tell the colours apart; rows are drawn when opened. */
export function MapTable({
  countries,
  summary,
  heads,
  link = REPORT,
}: {
  countries: TMapCountry[];
  summary: string;
  heads: { country: string; value: string; status: string };
  link?: TMapLink;
}) {
  const [open, setOpen] = useState(false);
  const locale = useLocale();
  // Sorted here, not on the server: the map's own list is then sent once for both.
  const byName = useMemo(() => [...countries].sort((a, b) => a.name.localeCompare(b.name, locale)), [countries, locale]);
  return (
    <details data-map-table onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{summary}</summary>
      {open && (
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">{heads.country}</th>
              <th scope="col" className={styles.num}>
                {heads.value}
              </th>
              <th scope="col">{heads.status}</th>
            </tr>
          </thead>
          <tbody>
            {byName.map((c) => (
              <tr key={c.iso3}>
                <th scope="row">
                  <a href={pageOf(locale, c, link)}>{c.name}</a>
                </th>
                <td className={styles.num}>{c.value ?? "–"}</td>
                <td>{c.status}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  );
}
