import { formatPercent } from '../format';

export interface StackedRow {
  label: string;
  base: number;
  parts: { code: string; label: string; percent: number | null }[];
}

// Fill patterns tell the parts apart without colour: plain, hatched, dotted, cross-hatched.
const PATTERNS = ['fill-solid', 'fill-hatch', 'fill-dots', 'fill-cross'];

/** A part wide enough to hold its share written inside it (in percent of the bar). */
const LABELLED_PART = 9;

/**
 * One 100 % bar per matrix row, in HTML so that it reflows (label above the bar on a phone,
 * never cut); each part is patterned and labelled with its share when wide enough, the
 * legend says which pattern is which.
 */
export function StackedBars({ rows, title }: { rows: StackedRow[]; title: string }) {
  const legend = rows[0]?.parts ?? [];
  return (
    <div className="chart stacked-chart" role="img" aria-label={title}>
      <ul className="chart-legend">
        {legend.map((p, i) => (
          <li key={p.code}>
            <span className={`swatch ${PATTERNS[i % PATTERNS.length]}`} />
            {p.label}
          </li>
        ))}
      </ul>
      {rows.map((row, r) => (
        <div className="bar-row" key={row.label + r}>
          <span className="bar-label">{row.label}</span>
          <span className="bar-area">
            <span className="bar-track stacked">
              {row.parts.map((p, i) => (
                <span key={p.code} className={`part ${PATTERNS[i % PATTERNS.length]}`} style={{ width: `${p.percent ?? 0}%` }}>
                  {(p.percent ?? 0) >= LABELLED_PART && <span className="part-value">{formatPercent(p.percent)}</span>}
                </span>
              ))}
            </span>
          </span>
        </div>
      ))}
    </div>
  );
}
