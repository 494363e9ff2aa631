import type { PublishedComparison as Comparison } from '../../api';
import { formatNumber } from '../../format';
import { recordOf } from './json-record';
import { ScrollTable } from '../ScrollTable';

/** A finding: the values its check recomputed. */
export function FindingTable({ c }: { c: Comparison }) {
  return (
    <ScrollTable label={c.title}>
      <table className="figures" data-figure={c.id}>
        <thead>
          <tr>
            <th scope="col">Valeur recalculée</th>
            <th scope="col">Résultat</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(recordOf(c.recomputed)).map(([k, v]) => (
            <tr key={k}>
              <th scope="row">{k}</th>
              <td>{formatNumber(typeof v === 'number' ? Math.round(v * 100) / 100 : null)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
