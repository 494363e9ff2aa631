import type { PeersAnswer } from '../../api';
import { formatInteger } from '../../format';
import type { QuestionLabels } from '../../labels';
import { PeerGaps } from '../PeerGaps';
import { PeersDisclosure } from '../peers/PeersDisclosure';

/** Who the response is compared with, and what most of them do that it does not; said plainly when withheld. */
export function PeersSection({ peers, typology }: { peers: PeersAnswer | null; typology: QuestionLabels | undefined }) {
  return (
    <section aria-labelledby="pairs">
      <h2 id="pairs">Face à vos pairs</h2>
      {!peers && <p>Comparaison indisponible.</p>}
      {peers?.suppressed && <p className="withheld">{peers.reason}</p>}
      {peers && !peers.suppressed && (
        <>
          <p>
            Comparé à {formatInteger(peers.peerGroup.n)} collectivités du même type
            {peers.peerGroup.strate_population ? ' et de la même strate de population' : ''}.
          </p>
          <PeersDisclosure peers={peers} />
          <PeerGaps gaps={peers.gaps} typology={typology} />
        </>
      )}
    </section>
  );
}
