import { formatPercent } from '../format';

export interface StackedRow {
  label: string;
  base: number;
  parts: { code: string; label: string; percent: number | null }[];
}

// Fill patterns tell the parts apart without colour: plain, hatched, dotted, cross-hatched.
const PATTERNS = ['fill-solid', 'fill-hatch', 'fill-dots', 'fill-cross'];

/** The fill patterns, defined once per page (ids must be unique in a document). */
export function ChartPatterns() {
  return (
    <svg width="0" height="0" aria-hidden="true" focusable="false" style={{ position: 'absolute' }}>
      <defs>
        <pattern id="fill-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#d7e3f1" />
          <line x1="0" y1="0" x2="0" y2="6" stroke="#003d7a" strokeWidth="2" />
        </pattern>
        <pattern id="fill-dots" width="6" height="6" patternUnits="userSpaceOnUse">
          <rect width="6" height="6" fill="#ffffff" />
          <circle cx="3" cy="3" r="1.3" fill="#003d7a" />
        </pattern>
        <pattern id="fill-cross" width="6" height="6" patternUnits="userSpaceOnUse">
          <rect width="6" height="6" fill="#eef2f7" />
          <path d="M0 0L6 6M6 0L0 6" stroke="#4a4a55" strokeWidth="1" />
        </pattern>
      </defs>
    </svg>
  );
}

/** One 100 % bar per matrix row; each part is patterned and labelled with its share when wide enough. */
export function StackedBars({ rows, title }: { rows: StackedRow[]; title: string }) {
  const rowHeight = 30;
  const labelWidth = 330;
  const barWidth = 420;
  const legend = rows[0]?.parts ?? [];
  const height = rows.length * rowHeight + 40;
  return (
    <svg className="chart" viewBox={`0 0 ${labelWidth + barWidth + 10} ${height}`} role="img" aria-label={title} width="100%">
      <title>{title}</title>
      {legend.map((p, i) => (
        <g key={p.code} transform={`translate(${labelWidth + i * 140}, 4)`}>
          <rect width="18" height="14" className={`part ${PATTERNS[i % PATTERNS.length]}`} />
          <text x="24" y="12" className="chart-label">
            {p.label}
          </text>
        </g>
      ))}
      {rows.map((row, r) => {
        const y = 30 + r * rowHeight;
        let x = labelWidth;
        return (
          <g key={row.label + r}>
            <text x={labelWidth - 8} y={y + 18} textAnchor="end" className="chart-label">
              {row.label.length > 52 ? `${row.label.slice(0, 50)}…` : row.label}
            </text>
            {row.parts.map((p, i) => {
              const w = ((p.percent ?? 0) / 100) * barWidth;
              const part = (
                <g key={p.code}>
                  <rect x={x} y={y + 4} width={w} height={rowHeight - 10} className={`part ${PATTERNS[i % PATTERNS.length]}`} />
                  {w > 34 && (
                    <text x={x + w / 2} y={y + 18} textAnchor="middle" className="chart-part-value">
                      {formatPercent(p.percent)}
                    </text>
                  )}
                </g>
              );
              x += w;
              return part;
            })}
          </g>
        );
      })}
    </svg>
  );
}
