/** One line of a figure: what the guide printed and what the service recomputed. */
export interface ComparedRow {
  label: string;
  printed: number | null;
  recomputed: number | null;
}

const share = (x: number | null, max: number) => `${x === null ? 0 : Math.max(0, Math.min(1, x / max)) * 100}%`;

/** The chart's text alternative: every line with both values, as a sentence. */
export function comparedAlternative(title: string, rows: readonly ComparedRow[], format: (x: number | null) => string): string {
  const lines = rows.map((r) => `${r.label}\u202f: publié par le guide ${format(r.printed)}, recalculé ${format(r.recomputed)}`);
  return `${title}. ${lines.join('\u202f; ')}.`;
}

/**
 * Two bars per line, the guide's (hatched) above the service's (plain), each with its value
 * written after it, so that the chart reads without colour. The same grid as `BarChart`:
 * the label beside its pair of bars on a wide screen, above it on a phone.
 */
export function ComparedBars({
  rows,
  title,
  max,
  format,
}: {
  rows: ComparedRow[];
  title: string;
  max: number;
  format: (x: number | null) => string;
}) {
  return (
    <div className="chart bar-chart compared-chart" role="img" aria-label={comparedAlternative(title, rows, format)}>
      <ul className="chart-legend">
        <li>
          <span className="swatch fill-hatch" />
          publié par le guide
        </li>
        <li>
          <span className="swatch fill-brand" />
          recalculé
        </li>
      </ul>
      {rows.map((row, i) => (
        <div className="bar-row" key={row.label + i}>
          <span className="bar-label">{row.label}</span>
          <span className="bar-area">
            <span className="bar-track">
              <span className="bar-fill fill-hatch" style={{ width: share(row.printed, max) }} />
            </span>
            <span className="bar-value">{format(row.printed)}</span>
          </span>
          <span className="bar-area">
            <span className="bar-track">
              <span className="bar-fill" style={{ width: share(row.recomputed, max) }} />
            </span>
            <span className="bar-value">{format(row.recomputed)}</span>
          </span>
        </div>
      ))}
    </div>
  );
}
