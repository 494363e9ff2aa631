import type { PeersAnswer } from '../../api';
import { formatInteger, formatNumber } from '../../format';

const NUMBER_LABELS: Record<string, string> = {
  budget_aict_euros: 'Budget annuel (euros)',
  etp_aict: 'Effectifs (ETP)',
  partenariats_actifs: 'Partenariats actifs',
};

/** Where a rank stands, in words, for those who do not read percentiles. */
function rankWords(rank: number | null): string {
  if (rank === null) return 'non renseigné';
  if (rank < 25) return 'parmi les plus bas';
  if (rank < 50) return 'sous la médiane';
  if (rank <= 50) return 'à la médiane';
  if (rank < 75) return 'au-dessus de la médiane';
  return 'parmi les plus hauts';
}

/** The collectivity's means (budget, staff, partnerships) against its peers' median and central half. */
export function NumbersTable({ numbers }: { numbers: PeersAnswer['numbers'] }) {
  return (
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
            <td>
              {n.percentileRank === null ? '—' : `rang centile ${formatInteger(n.percentileRank)}`} ({rankWords(n.percentileRank)})
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
