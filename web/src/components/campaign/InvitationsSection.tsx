import { useState } from 'react';
import { campaignRoutes, errorMessage, type CampaignKey, type InvitationsAnswer } from '../../api';
import { adminHeaders } from '../../admin-session';
import { CreatedInvitations } from './CreatedInvitations';

interface Props extends CampaignKey {
  onError: (message: string) => void;
  /** Called once invitations were created, for the tracking to count them. */
  onInvited: () => Promise<void>;
}

/** Invites collectivities, one per line typed or read from a file; shows the lines refused and the links created. */
export function InvitationsSection({ surveyId, campaign, onError, onInvited }: Props) {
  const [lines, setLines] = useState('');
  const [created, setCreated] = useState<InvitationsAnswer['created']>([]);
  const [rejected, setRejected] = useState<InvitationsAnswer['rejected']>([]);
  return (
    <>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          const res = await campaignRoutes.invitations.$post({ param: { surveyId, campaign }, json: { lines: lines.split(/\r?\n/) } }, adminHeaders());
          if (!res.ok) return onError(await errorMessage(res));
          const body = await res.json();
          setCreated(body.created);
          setRejected(body.rejected);
          await onInvited();
        }}
      >
        <label htmlFor="liste">
          Une collectivité par ligne, suivie de ses adresses après un point-virgule («&#8239;Grenoble;europe@grenoble.fr&#8239;»)&#8239;: identifiant du référentiel (commune:38185), code
          officiel (INSEE, SIREN) ou nom exact
        </label>
        <textarea id="liste" rows={6} value={lines} onChange={(e) => setLines(e.target.value)} />
        <label htmlFor="fichier-liste">ou choisissez un fichier texte ou CSV (une ligne «&#8239;collectivité;adresses&#8239;» par collectivité)</label>
        <input
          id="fichier-liste"
          type="file"
          accept=".txt,.csv,text/plain,text/csv"
          onChange={async (e) => {
            const f = e.target.files?.[0];
            if (f) setLines((await f.text()).replace(/^\uFEFF/, ''));
          }}
        />
        <button type="submit">Créer les invitations</button>
      </form>
      {rejected.length > 0 && (
        <div role="alert">
          <h3>Lignes non retenues</h3>
          <ul>
            {rejected.map((r) => (
              <li key={r.line}>
                Ligne {r.line} ({'«\u202f'}{r.input}{'\u202f»)\u202f:'} {r.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
      {created.length > 0 && <CreatedInvitations surveyId={surveyId} campaign={campaign} created={created} />}
    </>
  );
}
