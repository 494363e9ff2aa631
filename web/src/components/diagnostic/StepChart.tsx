import type { Diagnostic, PeersAnswer } from '../../api';
import { formatInteger } from '../../format';

/** The five step scores as bars, with the peers' median marked and written out (readable without colour). */
export function StepChart({ diagnostic, peers }: { diagnostic: Diagnostic; peers: PeersAnswer | null }) {
  const steps = Object.entries(diagnostic.steps);
  const labelWidth = 300;
  const width = 380;
  const rowHeight = 34;
  return (
    <svg className="chart" viewBox={`0 0 ${labelWidth + width + 150} ${steps.length * rowHeight + 10}`} role="img" aria-label="Score de chaque étape, comparé à la médiane des pairs">
      {steps.map(([code, s], i) => {
        const y = 5 + i * rowHeight;
        const median = peers && !peers.suppressed ? peers.numbers?.[code]?.peerMedian ?? null : null;
        return (
          <g key={code}>
            <text x={labelWidth - 8} y={y + 20} textAnchor="end" className="chart-label">
              {s.section === s.title ? s.title : `${s.title} (${s.section})`}
            </text>
            <rect x={labelWidth} y={y + 6} width={width} height={rowHeight - 12} className="chart-track" />
            <rect x={labelWidth} y={y + 6} width={(s.score / 100) * width} height={rowHeight - 12} className="chart-bar" />
            {median !== null && (
              <line x1={labelWidth + (median / 100) * width} x2={labelWidth + (median / 100) * width} y1={y + 2} y2={y + rowHeight - 2} className="chart-median" />
            )}
            <text x={labelWidth + width + 8} y={y + 20} className="chart-value">
              {formatInteger(s.score)} / 100{median !== null ? ` · pairs ${formatInteger(median)}` : ''}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
