import { formatPercent } from '../format';

export interface Bar {
  label: string;
  value: number | null;
  /** Optional second line, e.g. the count. */
  note?: string;
}

/**
 * Horizontal bars in SVG. Every bar carries its value as text, so the chart reads without
 * colour; the figures are also in the table that goes with each chart.
 */
export function BarChart({ bars, title, max = 100, format = formatPercent }: { bars: Bar[]; title: string; max?: number; format?: (x: number | null) => string }) {
  const rowHeight = 28;
  const labelWidth = 330;
  const barWidth = 360;
  const height = bars.length * rowHeight + 8;
  return (
    <svg className="chart" viewBox={`0 0 ${labelWidth + barWidth + 70} ${height}`} role="img" aria-label={title} width="100%">
      <title>{title}</title>
      {bars.map((bar, i) => {
        const y = 4 + i * rowHeight;
        const w = bar.value === null ? 0 : Math.max(0, Math.min(1, bar.value / max)) * barWidth;
        return (
          <g key={bar.label + i}>
            <text x={labelWidth - 8} y={y + 18} textAnchor="end" className="chart-label">
              {bar.label.length > 52 ? `${bar.label.slice(0, 50)}…` : bar.label}
            </text>
            <rect x={labelWidth} y={y + 4} width={barWidth} height={rowHeight - 10} className="chart-track" />
            <rect x={labelWidth} y={y + 4} width={w} height={rowHeight - 10} className="chart-bar" />
            <text x={labelWidth + w + 6} y={y + 18} className="chart-value">
              {format(bar.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
