import { getFormatter, getTranslations } from "next-intl/server";
import { colorLegend, NO_DATA_COLOR } from "@/lib/charts/color-scale";
import styles from "./dashboards.module.css";

/** The map's colour buckets for a 0-max scale, and the colour of countries without a value. */
export async function MapLegend({ max, noData }: { max: number; noData: string }) {
  const t = await getTranslations("dashboards");
  const format = await getFormatter();
  const bound = (n: number) => format.number(n, { maximumFractionDigits: 1 });
  return (
    <ul className={styles.legend} aria-label={t("legend")}>
      {colorLegend(max).map((l) => (
        <li key={l.from}>
          <span className={styles.swatch} style={{ background: l.color }} />
          {bound(l.from)}–{bound(l.to)}
        </li>
      ))}
      <li>
        <span className={styles.swatch} style={{ background: NO_DATA_COLOR }} />
        {noData}
      </li>
    </ul>
  );
}
