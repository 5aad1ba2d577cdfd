import { getTranslations } from "next-intl/server";
import styles from "./dashboards.module.css";

/** Shown whenever the numbers on the page include fictitious demo assessments. */
export async function DemoBanner({ show }: { show: boolean }) {
  if (!show) return null;
  const app = await getTranslations("app");
  return (
    <p className={styles.banner} role="note" data-demo-banner>
      {app("demoBanner")}
    </p>
  );
}
