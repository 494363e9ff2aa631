import { client, errorMessage, type ResponseForReview } from '../../api';
import { adminHeaders } from '../../admin-session';
import { whenInWords } from '../admin/paris-time';
import { ScrollTable } from '../ScrollTable';

const STATUS: Record<string, string> = { complete: 'terminée', partial: 'en cours' };

interface Props {
  pending: ResponseForReview[];
  typeLabels: Map<string, string>;
  onDone: (message: string) => void;
}

/**
 * Responses given without an invitation: they count in no result until the administrator
 * has checked that they come from the collectivity they name (validate), or sets them aside.
 */
export function PendingResponses({ pending, typeLabels, onDone }: Props) {
  if (pending.length === 0) return <p>Aucune réponse n’attend de vérification.</p>;
  const decide = async (r: ResponseForReview, verified: boolean) => {
    const res = await client.api.admin.responses[':id'].$patch({ param: { id: r.id }, json: { verified } }, adminHeaders());
    const who = r.collectivite?.label ?? 'collectivité non indiquée';
    onDone(res.ok ? `${who}\u202f: réponse ${verified ? 'validée' : 'écartée'}.` : await errorMessage(res));
  };
  return (
    <ScrollTable label="Réponses à vérifier">
      <table className="figures">
        <caption>Réponses reçues sans invitation, à vérifier avant qu’elles comptent</caption>
        <thead>
          <tr>
            <th scope="col">Collectivité déclarée</th>
            <th scope="col">Type</th>
            <th scope="col">État</th>
            <th scope="col">Dernière modification</th>
            <th scope="col">Décision</th>
          </tr>
        </thead>
        <tbody>
          {pending.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.collectivite?.label ?? 'Non indiquée'}</th>
              <td>{r.collectiviteType ? (typeLabels.get(r.collectiviteType) ?? r.collectiviteType) : '—'}</td>
              <td>{STATUS[r.status] ?? r.status}</td>
              <td>{whenInWords(r.updatedAt)}</td>
              <td>
                <button type="button" onClick={() => void decide(r, true)}>
                  Valider
                </button>{' '}
                <button type="button" onClick={() => void decide(r, false)}>
                  Écarter
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
