import { PILLAR_IDS, type TPillarScores } from "@/lib/charts/types";
import styles from "./dashboards.module.css";

/** The five pillar column headings of a dashboard table, in pillar order. */
export function PillarHeads({ label }: { label: (pillar: (typeof PILLAR_IDS)[number]) => string }) {
  return PILLAR_IDS.map((p) => (
    <th key={p} className={styles.num}>
      {label(p)}
    </th>
  ));
}

/** One row's five pillar scores, formatted; a dash where there is no score. */
export function PillarCells({ pillars, format }: { pillars: TPillarScores | null | undefined; format: (n: number | null) => string }) {
  return PILLAR_IDS.map((p) => (
    <td key={p} className={styles.num}>
      {format(pillars?.[p] ?? null)}
    </td>
  ));
}
