import styles from "./dashboards.module.css";

const W = 400;
const H = 220;
const PAD = { top: 10, right: 8, bottom: 28, left: 30 };

/**
 * Countries per tier as bars, drawn on the server as plain SVG: no chart library reaches the
 * browser for it. The table beside it carries the same numbers for screen readers.
 */
export function TierChart({ rows, label }: { rows: { name: string; count: number }[]; label: string }) {
  const max = Math.max(1, ...rows.map((r) => r.count));
  const step = Math.max(1, Math.ceil(max / 4));
  const ticks = Array.from({ length: Math.floor(max / step) + 1 }, (_, i) => i * step);
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const band = innerW / Math.max(1, rows.length);
  const y = (v: number) => PAD.top + innerH - (v / max) * innerH;
  return (
    <div className={styles.chart} aria-hidden="true" data-tier-chart>
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" height="100%" role="presentation">
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(tick)} y2={y(tick)} stroke="#d9dee8" strokeDasharray="3 3" />
            <text x={PAD.left - 6} y={y(tick) + 4} textAnchor="end" fontSize="11" fill="#5c6784">
              {tick}
            </text>
          </g>
        ))}
        {rows.map((r, i) => (
          <g key={r.name}>
            <rect x={PAD.left + i * band + band * 0.1} y={y(r.count)} width={band * 0.8} height={PAD.top + innerH - y(r.count)} fill="#3182bd">
              <title>{`${r.name}: ${r.count} ${label}`}</title>
            </rect>
            <text x={PAD.left + i * band + band / 2} y={H - 10} textAnchor="middle" fontSize="11" fill="#5c6784">
              {r.name}
            </text>
          </g>
        ))}
      </svg>
    </div>
  );
}
