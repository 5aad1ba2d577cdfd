"use client";
// Drawn in the browser from compact rows (one "0101..." string a country): the server renders the
// same table for the first paint, but the RSC payload carries 194 short strings instead of 3,700 cells.
import styles from "./dashboards.module.css";

export type THeatMapFlag = { id: string; label: string; title: string | undefined; href: string };
export type THeatMapRow = { iso3: string; name: string; total: number; cells: string };

export function HeatMapTable({
  caption,
  countryHead,
  raised,
  flags,
  rows,
}: {
  caption: string;
  countryHead: string;
  raised: string;
  flags: THeatMapFlag[];
  rows: THeatMapRow[];
}) {
  return (
    <table className={styles.heat} data-heat-map>
      <caption className="muted">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{countryHead}</th>
          {flags.map((f) => (
            <th key={f.id} scope="col" className={styles.flag} title={f.title}>
              <a href={f.href}>{f.label}</a>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.iso3}>
            <th scope="row">
              {r.name} <span className="muted">({r.total})</span>
            </th>
            {/* The row and column headers name each cell for screen readers; a raised flag also says so in words. */}
            {[...r.cells].map((on, i) =>
              on === "1" ? (
                <td key={i} className={styles.on}>
                  <span className="visually-hidden">{raised}</span>
                </td>
              ) : (
                <td key={i} />
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
