import { formatInteger } from '../format';
import { usePeersReport } from '../hooks/usePeersReport';
import { PeerGaps, PrintButton } from './PeerGaps';
import { ChoicesTable } from './peers/ChoicesTable';
import { NumbersTable } from './peers/NumbersTable';
import { PeersDisclosure } from './peers/PeersDisclosure';

/** "Votre collectivité face à ses pairs" for the annual survey. */
export function PeersReport({ id, token }: { id: string; token: string }) {
  const { report, error } = usePeersReport(id, token);

  if (error || !report) {
    return (
      <article className="report">
        <h1>Votre collectivité face à ses pairs</h1>
        {error ? <p role="alert" className="error">{error}</p> : <p role="status">Comparaison en cours…</p>}
      </article>
    );
  }
  const { peers, labels } = report;
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
  return (
    <article className="report">
      <h1>Votre collectivité face à ses pairs</h1>
      <p>
        {`Vos pairs\u202f: ${formatInteger(peers.peerGroup.n)} collectivités de type «\u202f${typeLabel}\u202f»`}
        {peers.peerGroup.strate_population ? ', de la même strate de population' : ''}, ayant terminé l’enquête de la même
        campagne et dont la réponse a été vérifiée. Votre réponse n’en fait pas partie.
      </p>
      <PeersDisclosure peers={peers} />
      <NumbersTable numbers={peers.numbers} />
      <PeerGaps gaps={peers.gaps} typology={typology} />
      <ChoicesTable choices={peers.choices} typology={typology} actors={labels.get('acteurs_mobilises')} />
      <PrintButton label="Imprimer" />
    </article>
  );
}
