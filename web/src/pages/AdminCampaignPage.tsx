import { useEffect, useState } from 'react';
import { toCsv } from '../../../api/exports/csv';
import { client, errorMessage, type CampaignChange, type CampaignTracking, type InvitationsAnswer } from '../api';
import { adminHeaders, adminToken, download } from '../admin-session';
import { formatInteger } from '../format';
import { Link } from '../router';

type Tally = CampaignTracking['byType'][number];

/** The campaign changes offered as buttons. */
const CHANGES: { label: string; change: CampaignChange }[] = [
  { label: 'Clore la campagne', change: { close: true } },
  { label: 'Publier les résultats', change: { publish: true } },
  { label: 'Retirer la publication', change: { publish: false } },
];

/** A progress bar with its figures written out, for those who cannot see the bar. */
function Progress({ label, t }: { label: string; t: Pick<Tally, 'invited' | 'complete' | 'partial'> }) {
  const text = `${formatInteger(t.complete)} sur ${formatInteger(t.invited)} ont terminé, ${formatInteger(t.partial)} en cours`;
  return (
    <div className="progress-row">
      <span className="progress-label">{label}</span>
      <progress max={Math.max(1, t.invited)} value={t.complete} aria-label={`${label} : ${text}`} />
      <span className="progress-text">{text}</span>
    </div>
  );
}

export default function AdminCampaignPage({ surveyId, campaign }: { surveyId: string; campaign: string }) {
  const [tracking, setTracking] = useState<CampaignTracking | null>(null);
  const [lines, setLines] = useState('');
  const [created, setCreated] = useState<InvitationsAnswer['created']>([]);
  const [rejected, setRejected] = useState<InvitationsAnswer['rejected']>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [importReport, setImportReport] = useState<string | null>(null);
  const param = { surveyId, campaign };
  const route = client.api.admin.campaigns[':surveyId'][':campaign'];

  async function refresh() {
    const res = await route.tracking.$get({ param }, adminHeaders());
    if (!res.ok) return setError(await errorMessage(res));
    setTracking(await res.json());
  }
  useEffect(() => {
    void refresh();
  }, [surveyId, campaign]);

  if (!adminToken()) {
    return (
      <p>
        <Link href="/admin">Connectez-vous à l’administration</Link> d’abord.
      </p>
    );
  }

  const origin = window.location.origin;
  return (
    <section className="admin">
      <p>
        <Link href="/admin">← Toutes les campagnes</Link>
      </p>
      <h1>
        Campagne {campaign} — {surveyId}
      </h1>
      {error && <p role="alert" className="error">{error}</p>}
      {message && <p role="status">{message}</p>}
      <p className="actions">
        {CHANGES.map(({ label, change }) => (
          <button
            key={label}
            type="button"
            onClick={async () => {
              const res = await route.$patch({ param, json: change }, adminHeaders());
              setMessage(res.ok ? `${label} : fait.` : await errorMessage(res));
            }}
          >
            {label}
          </button>
        ))}
      </p>

      <h2>Suivi</h2>
      {tracking && (
        <div className="tracking">
          <Progress label="Toutes les collectivités invitées" t={tracking} />
          <h3>Par type de collectivité</h3>
          {tracking.byType.map((t) => (
            <Progress key={t.key} label={t.label} t={t} />
          ))}
          <h3>Par région</h3>
          {tracking.byRegion.map((t) => (
            <Progress key={t.key} label={t.label} t={t} />
          ))}
        </div>
      )}

      <h2>Inviter des collectivités</h2>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          const res = await route.invitations.$post({ param, json: { lines: lines.split(/\r?\n/) } }, adminHeaders());
          if (!res.ok) return setError(await errorMessage(res));
          const body = await res.json();
          setCreated(body.created);
          setRejected(body.rejected);
          await refresh();
        }}
      >
        <label htmlFor="liste">Une collectivité par ligne : identifiant du référentiel (commune:38185), code officiel (INSEE, SIREN) ou nom exact</label>
        <textarea id="liste" rows={6} value={lines} onChange={(e) => setLines(e.target.value)} />
        <label htmlFor="fichier-liste">ou choisissez un fichier texte ou CSV (une collectivité par ligne)</label>
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
                Ligne {r.line} (« {r.input} ») : {r.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
      {created.length > 0 && (
        <div>
          <h3>{created.length} invitation(s) créée(s)</h3>
          <p className="hint">Ces liens ne seront plus affichés : téléchargez-les maintenant.</p>
          <button
            type="button"
            onClick={() =>
              download(
                new Blob([toCsv([['collectivite', 'libelle', 'lien'], ...created.map((c) => [c.collectivite, c.label, `${origin}${c.path}`])])], { type: 'text/csv;charset=utf-8' }),
                `invitations-${surveyId}-${campaign}.csv`,
              )
            }
          >
            Télécharger les liens (CSV)
          </button>
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
        </div>
      )}

      <h2>Exporter les réponses</h2>
      <p className="actions">
        {(['csv', 'xlsx', 'json'] as const).map((format) => (
          <button
            key={format}
            type="button"
            onClick={async () => {
              const res = await route.export.$get({ param, query: { format, labels: '1' } }, adminHeaders());
              if (!res.ok) return setError(await errorMessage(res));
              download(await res.blob(), `${surveyId}-${campaign}.${format}`);
            }}
          >
            {format.toUpperCase()}
          </button>
        ))}
      </p>

      <h2>Importer des réponses historiques</h2>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          const form = e.currentTarget;
          const input = form.elements.namedItem('fichier-import');
          const file = input instanceof HTMLInputElement ? input.files?.[0] : undefined;
          if (!file) return;
          const mode = new FormData(form).get('mode') === 'partiel' ? 'partiel' : 'tout-ou-rien';
          const type = /\.xlsx$/i.test(file.name) ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv';
          setImportReport('Import en cours…');
          // The file goes as the raw body: `init` carries it past the client's JSON and form encoders.
          const res = await route.import.$post({ param, query: { mode } }, { headers: { ...adminHeaders().headers, 'content-type': type }, init: { body: file } });
          if (res.ok) {
            const report = await res.json();
            const lines = report.rejected.flatMap((r) => r.problems.map((p) => `Ligne ${r.line} : ${p.message}`));
            setImportReport([`${report.imported} réponse(s) importée(s) sur ${report.total}.`, ...lines].join('\n'));
          } else {
            // A refusal in all-or-nothing mode lists each rejected line in its details.
            setImportReport(await errorMessage(res, '\n'));
          }
          await refresh();
        }}
      >
        <label htmlFor="fichier-import">Fichier CSV ou XLSX au format de l’export</label>
        <input id="fichier-import" name="fichier-import" type="file" accept=".csv,.xlsx" required />
        <label htmlFor="mode">Mode</label>
        <select id="mode" name="mode" defaultValue="tout-ou-rien">
          <option value="tout-ou-rien">Tout ou rien : une ligne invalide et rien n’est importé</option>
          <option value="partiel">Partiel : importer les lignes valides</option>
        </select>
        <button type="submit">Importer</button>
      </form>
      {importReport && <pre className="report-text" role="status">{importReport}</pre>}
    </section>
  );
}
