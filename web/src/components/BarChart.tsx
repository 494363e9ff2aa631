import { formatPercent } from '../format';

export interface Bar {
  label: string;
  value: number | null;
  /** A reference value drawn across the bar (the peers' median), on the same scale. */
  marker?: number | null;
  /** The text written after the bar; `format(value)` when absent. */
  text?: string;
}

const share = (x: number, max: number) => `${Math.max(0, Math.min(1, x / max)) * 100}%`;

/**
 * Horizontal bars in HTML, so that they reflow: the label beside its bar on a wide screen,
 * above it on a phone, never cut. Every bar carries its value as text, so the chart reads
 * without colour; the figures are also in the table that goes with each chart.
 */
export function BarChart({ bars, title, max = 100, format = formatPercent }: { bars: Bar[]; title: string; max?: number; format?: (x: number | null) => string }) {
  return (
    <div className="chart bar-chart" role="img" aria-label={title}>
      {bars.map((bar, i) => (
        <div className="bar-row" key={bar.label + i}>
          <span className="bar-label">{bar.label}</span>
          <span className="bar-area">
            <span className="bar-track">
              <span className="bar-fill" style={{ width: bar.value === null ? 0 : share(bar.value, max) }} />
              {bar.marker !== undefined && bar.marker !== null && <span className="bar-marker" style={{ left: share(bar.marker, max) }} />}
            </span>
            <span className="bar-value">{bar.text ?? format(bar.value)}</span>
          </span>
        </div>
      ))}
    </div>
  );
}
