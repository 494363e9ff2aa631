import { useEffect, useState } from 'react';
import { bearer, client, errorMessage, type PeersAnswer } from '../api';
import { definitionLabels } from '../definition-labels';
import { formatInteger, formatNumber, formatPercent } from '../format';
import type { QuestionLabels } from '../labels';
import { PeerGaps, PrintButton } from './PeerGaps';

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

/** "Votre collectivité face à ses pairs" for the annual survey. */
export function PeersReport({ id, token }: { id: string; token: string }) {
  const [peers, setPeers] = useState<PeersAnswer | null>(null);
  const [labels, setLabels] = useState<Map<string, QuestionLabels>>(new Map());
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void (async () => {
      const [p, def] = await Promise.all([
        client.api.responses[':id'].peers.$get({ param: { id } }, bearer(token)),
        client.api.surveys[':id'].$get({ param: { id: 'enquete-annuelle' } }),
      ]);
      if (!p.ok) return setError(await errorMessage(p));
      setPeers(await p.json());
      if (def.ok) setLabels(definitionLabels(await def.json()));
    })();
  }, [id, token]);

  if (error) return <p role="alert" className="error">{error}</p>;
  if (!peers) return <p role="status">Comparaison en cours…</p>;
  const typeLabel = labels.get('collectivite_type')?.choices.get(peers.peerGroup.collectivite_type ?? '') ?? peers.peerGroup.collectivite_type;
  if (peers.suppressed) {
    return (
      <article className="report">
        <h1>Votre collectivité face à ses pairs</h1>
        <p className="withheld">{peers.reason}</p>
      </article>
    );
  }
  const typology = labels.get('typologie_actions');
  const actors = labels.get('acteurs_mobilises');
  return (
    <article className="report">
      <h1>Votre collectivité face à ses pairs</h1>
      <p>
        Vos pairs : {formatInteger(peers.peerGroup.n)} collectivités de type « {typeLabel} »
        {peers.peerGroup.strate_population ? ', de la même strate de population' : ''}, ayant terminé l’enquête de la même
        campagne. Votre réponse n’en fait pas partie.
      </p>
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
          {Object.entries(peers.numbers ?? {}).map(([code, n]) => (
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
      <PeerGaps gaps={peers.gaps} typology={typology} />
      <table className="figures">
        <caption>Vos actions et vos acteurs comparés à ceux de vos pairs</caption>
        <thead>
          <tr>
            <th scope="col">Action ou acteur</th>
            <th scope="col">Votre réponse</th>
            <th scope="col">Réponses de vos pairs</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(peers.choices ?? {}).map(([key, c]) => {
            const [question, row = ''] = key.split('.');
            const l = question === 'typologie_actions' ? typology : actors;
            return (
              <tr key={key}>
                <th scope="row">{l?.rows.get(row) ?? row}</th>
                <td>{c.value ? (l?.columns.get(c.value) ?? c.value) : '—'}</td>
                <td>
                  {Object.entries(c.peerPercents)
                    .map(([code, pct]) => `${l?.columns.get(code) ?? code} ${formatPercent(pct)}`)
                    .join(' · ')}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <PrintButton label="Imprimer" />
    </article>
  );
}
