import type { PeersAnswer } from '../../api';
import { formatNumber } from '../../format';
import { ScrollTable } from '../ScrollTable';

const NUMBER_LABELS: Record<string, string> = {
  budget_aict_euros: 'Budget annuel (euros)',
  etp_aict: 'Effectifs (ETP)',
  partenariats_actifs: 'Partenariats actifs',
};

type Position = NonNullable<PeersAnswer['numbers']>[string]['position'];

/** Where a value stands against the peers' quartiles, in words. */
const POSITION_WORDS: Record<NonNullable<Position>, string> = {
  q1: 'dans le quart le plus bas',
  q2: 'entre le premier quartile et la médiane',
  q3: 'entre la médiane et le troisième quartile',
  q4: 'dans le quart le plus haut',
};

/** The collectivity's means (budget, staff, partnerships) against its peers' median and central half. */
export function NumbersTable({ numbers }: { numbers: PeersAnswer['numbers'] }) {
  return (
    <ScrollTable label="Vos moyens comparés à ceux de vos pairs">
      <table className="figures">
        <caption>Vos moyens comparés à ceux de vos pairs</caption>
        <thead>
          <tr>
            <th scope="col">Indicateur</th>
            <th scope="col">Vous</th>
            <th scope="col">Médiane des pairs</th>
            <th scope="col">Moitié centrale des pairs</th>
            <th scope="col">Votre position</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(numbers ?? {}).map(([code, n]) => (
            <tr key={code}>
              <th scope="row">{NUMBER_LABELS[code] ?? code}</th>
              <td>{formatNumber(n.value)}</td>
              <td>{formatNumber(n.peerMedian)}</td>
              <td>
                {formatNumber(n.q1)} à {formatNumber(n.q3)}
              </td>
              <td>{n.position ? POSITION_WORDS[n.position] : n.peerMedian === null ? 'trop peu de réponses de vos pairs' : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
