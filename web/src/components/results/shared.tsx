import type { SummaryStats } from '../../../../analysis/summary-stats';
import type { Distribution } from '../../../../api/results/build-results-document';
import { formatInteger, formatNumber, formatPercent } from '../../format';
import { ScrollTable } from '../ScrollTable';

export const label = (map: Map<string, string> | undefined, code: string) => map?.get(code) ?? code;

export function StatsLine({ stats }: { stats: SummaryStats | null | undefined }) {
  if (!stats) return null;
  return (
    <p className="stats">
      Moyenne {formatNumber(stats.mean)} · médiane {formatNumber(stats.median)} · quartiles {formatNumber(stats.q1)} et{' '}
      {formatNumber(stats.q3)} · de {formatNumber(stats.min)} à {formatNumber(stats.max)}
    </p>
  );
}

/** The figures of one distribution, for those who read rather than look. */
export function DistTable({ dist, labels, caption }: { dist: Distribution; labels: Map<string, string>; caption: string }) {
  return (
    <ScrollTable label={caption}>
      <table className="figures">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Réponse</th>
            <th scope="col">Effectif</th>
            <th scope="col">Part</th>
            <th scope="col">{'Intervalle de confiance à 95\u00a0%'}</th>
          </tr>
        </thead>
        <tbody>
          {Object.keys(dist.counts).map((code) => {
            const ci = dist.intervals?.[code];
            return (
              <tr key={code}>
                <th scope="row">{label(labels, code)}</th>
                <td>{formatInteger(dist.counts[code])}</td>
                <td>{formatPercent(dist.percents[code])}</td>
                <td>{ci ? `${formatNumber(ci[0])} – ${formatNumber(ci[1])}\u00a0%` : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollTable>
  );
}
