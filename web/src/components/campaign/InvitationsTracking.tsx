import { useState } from 'react';
import { campaignRoutes, errorMessage, type CampaignKey, type CampaignTracking } from '../../api';
import { adminHeaders } from '../../admin-session';
import { formatInteger } from '../../format';
import { ScrollTable } from '../ScrollTable';
import { mailInWords, mailKindInWords, STATUS_WORDS, type InvitationLine, type InvitationStatus } from './campaign-words';

const FILTERS: { value: InvitationStatus | 'toutes'; label: string }[] = [
  { value: 'toutes', label: 'Toutes' },
  { value: 'pas_ouverte', label: 'Pas ouvertes' },
  { value: 'ouverte', label: 'Ouvertes' },
  { value: 'en_cours', label: 'En cours' },
  { value: 'complete', label: 'Complètes' },
];

function MailCell({ line, mailEnabled }: { line: InvitationLine; mailEnabled: boolean }) {
  if (!line.mail) return <>{line.emails.length === 0 ? 'aucune adresse\u202f: lien à copier' : mailEnabled ? 'aucun envoi' : 'courriel désactivé'}</>;
  return (
    <span className={`mail-line ${line.mail.status}`}>
      {mailInWords(line.mail)}
      <span className="mail-kind">{mailKindInWords(line.mail.kind)}</span>
    </span>
  );
}

interface Props extends CampaignKey {
  tracking: CampaignTracking;
  /** The campaign takes answers: reminders make sense. */
  open: boolean;
  onDone: (message: string) => Promise<void> | void;
  onError: (message: string) => void;
}

/** Every invited collectivity, filtered by where it stands, with its type, region, status, last message and addresses; reminders for those who have not finished. */
export function InvitationsTracking({ surveyId, campaign, tracking, open, onDone, onError }: Props) {
  const [filter, setFilter] = useState<InvitationStatus | 'toutes'>('toutes');
  const shown = tracking.invitations.filter((i) => filter === 'toutes' || i.status === filter);
  const countOf = (value: InvitationStatus | 'toutes') => (value === 'toutes' ? tracking.invitations.length : tracking.invitations.filter((i) => i.status === value).length);
  const remindable = tracking.invitations.filter((i) => i.status !== 'complete' && i.emails.length > 0).length;
  const remind = async () => {
    const res = await campaignRoutes.reminders.$post({ param: { surveyId, campaign } }, adminHeaders());
    if (!res.ok) return onError(await errorMessage(res));
    const { sent } = await res.json();
    await onDone(sent === 0 ? 'Aucune relance à envoyer.' : `${formatInteger(sent)} relance${sent > 1 ? 's' : ''} en cours d’envoi.`);
  };
  return (
    <>
      <div className="status-filter">
        <label>
          Afficher
          <select value={filter} onChange={(e) => setFilter(e.target.value as InvitationStatus | 'toutes')}>
            {FILTERS.map((f) => (
              <option key={f.value} value={f.value}>
                {f.label} ({formatInteger(countOf(f.value))})
              </option>
            ))}
          </select>
        </label>
        {tracking.mailEnabled && open && (
          <button type="button" onClick={() => void remind()} disabled={remindable === 0}>
            Relancer les collectivités qui n’ont pas terminé ({formatInteger(remindable)})
          </button>
        )}
      </div>
      <ScrollTable label="Collectivités invitées">
        <table className="figures invitations-table">
          <caption>
            {formatInteger(shown.length)} collectivité{shown.length > 1 ? 's' : ''} affichée{shown.length > 1 ? 's' : ''} sur {formatInteger(tracking.invitations.length)}
          </caption>
          <thead>
            <tr>
              <th scope="col">Collectivité</th>
              <th scope="col">État</th>
              <th scope="col">Dernier courriel</th>
              <th scope="col">Type</th>
              <th scope="col">Région</th>
              <th scope="col">Adresses</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((line) => (
              <tr key={line.collectivite} data-collectivite={line.collectivite}>
                <th scope="row">{line.name}</th>
                <td>
                  <span className={`invitation-status ${line.status}`}>{STATUS_WORDS[line.status]}</span>
                </td>
                <td>
                  <MailCell line={line} mailEnabled={tracking.mailEnabled} />
                </td>
                <td>{line.type.label}</td>
                <td>{line.region.label}</td>
                <td>
                  {line.emails.length === 0 ? (
                    '—'
                  ) : (
                    <ul className="addresses">
                      {line.emails.map((e) => (
                        <li key={e}>{e}</li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </>
  );
}
