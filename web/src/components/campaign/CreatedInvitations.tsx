import { toCsv } from '../../../../api/exports/csv';
import type { CampaignKey, InvitationsAnswer } from '../../api';
import { download } from '../../admin-session';
import { formatInteger } from '../../format';
import { ScrollTable } from '../ScrollTable';

/** The links just created, shown this once: as a CSV to download and as a table. */
export function CreatedInvitations({ surveyId, campaign, created }: CampaignKey & { created: InvitationsAnswer['created'] }) {
  const origin = window.location.origin;
  const downloadLinks = () => {
    const rows = [['collectivite', 'libelle', 'lien'], ...created.map((c) => [c.collectivite, c.label, `${origin}${c.path}`])];
    download(new Blob([toCsv(rows)], { type: 'text/csv;charset=utf-8' }), `invitations-${surveyId}-${campaign}.csv`);
  };
  return (
    <div>
      <h3>{created.length > 1 ? `${formatInteger(created.length)} invitations créées` : 'Une invitation créée'}</h3>
      <p className="hint">Ces liens ne seront plus affichés{'\u202f:'} téléchargez-les maintenant.</p>
      <button type="button" onClick={downloadLinks}>
        Télécharger les liens (CSV)
      </button>
      <ScrollTable label="Invitations créées">
        <table className="figures">
          <thead>
            <tr>
              <th scope="col">Collectivité</th>
              <th scope="col">Lien d’invitation</th>
            </tr>
          </thead>
          <tbody>
            {created.map((c) => (
              <tr key={c.collectivite}>
                <th scope="row">{c.label}</th>
                <td>
                  <a href={c.path} data-invitation={c.collectivite}>
                    {origin}
                    {c.path}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </div>
  );
}
