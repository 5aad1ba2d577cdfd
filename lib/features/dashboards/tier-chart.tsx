"use client";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import styles from "./dashboards.module.css";

/** Countries per tier as bars; the table beside it carries the same numbers for screen readers. */
export function TierChart({ rows, label }: { rows: { name: string; count: number }[]; label: string }) {
  return (
    <div className={styles.chart} aria-hidden="true" data-tier-chart>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="name" />
          <YAxis allowDecimals={false} />
          <Tooltip />
          <Bar dataKey="count" name={label} fill="#3182bd" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
