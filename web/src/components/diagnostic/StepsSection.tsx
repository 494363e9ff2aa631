import type { Diagnostic, PeersAnswer } from '../../api';
import { formatNumber } from '../../format';
import { StepChart } from './StepChart';
import { ScrollTable } from '../ScrollTable';

/** The five steps: the chart, then the same scores in a table with the peers' medians. */
export function StepsSection({ diagnostic, peers }: { diagnostic: Diagnostic; peers: PeersAnswer | null }) {
  return (
    <section aria-labelledby="etapes">
      <h2 id="etapes">Les cinq étapes</h2>
      <StepChart diagnostic={diagnostic} peers={peers} />
      {/* On paper the chart, which writes every score, is enough. */}
      <div className="no-print">
        <ScrollTable label="Scores par étape">
          <table className="figures">
            <caption>Scores par étape (sur 100)</caption>
            <thead>
              <tr>
                <th scope="col">Étape</th>
                <th scope="col">Section du guide</th>
                <th scope="col">Votre score</th>
                <th scope="col">Médiane des pairs</th>
              </tr>
            </thead>
            <tbody>
              {Object.entries(diagnostic.steps).map(([code, s]) => (
                <tr key={code}>
                  <th scope="row">{s.title}</th>
                  <td>{s.section}</td>
                  <td>{formatNumber(s.score)}</td>
                  <td>{peers && !peers.suppressed ? formatNumber(peers.numbers?.[code]?.peerMedian) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      </div>
    </section>
  );
}
