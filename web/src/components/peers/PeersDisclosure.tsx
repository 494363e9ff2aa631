import type { PeersAnswer } from '../../api';
import { formatDate } from '../../format';
import { useSuppressionK } from '../../hooks/useSuppressionK';

/** What the comparison withholds and why, in one sentence. */
export function PeersDisclosure({ peers }: { peers: PeersAnswer }) {
  const asOf = peers.peerGroup.asOf;
  const k = useSuppressionK();
  return (
    <p className="disclosure">
      {asOf ? `Comparaison arrêtée au ${formatDate(asOf)} et mise à jour au plus une fois par jour, ` : 'Comparaison '}
      avec des collectivités dont la réponse a été vérifiée{'\u202f;'} pour qu’aucune ne puisse être reconnue, les chiffres sont arrondis à deux
      chiffres significatifs, sans minimum ni maximum, votre position est donnée par quart plutôt que par rang, et rien n’est montré
      quand {k === null ? 'trop peu de' : `moins de ${k}`} collectivités comparables ont répondu.
    </p>
  );
}
