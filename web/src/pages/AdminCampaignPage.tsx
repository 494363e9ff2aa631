import { useEffect, useState } from 'react';
import { toCsv } from '../../../api/exports/csv';
import { client, errorMessage } from '../api';
import { adminHeaders, adminToken, download } from '../admin-session';
import { formatInteger } from '../format';
import { Link } from '../router';

interface Tally {
  key: string;
  label: string;
  invited: number;
  complete: number;
  partial: number;
}
interface Tracking {
  invited: number;
  complete: number;
  partial: number;
  byType: Tally[];
  byRegion: Tally[];
  invitations: { collectivite: string; label: string; status: string | null }[];
}
interface Created {
  collectivite: string;
  label: string;
  code: string;
  path: string;
}

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
  const [tracking, setTracking] = useState<Tracking | null>(null);
  const [lines, setLines] = useState('');
  const [created, setCreated] = useState<Created[]>([]);
  const [rejected, setRejected] = useState<{ line: number; input: string; reason: string }[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [importReport, setImportReport] = useState<string | null>(null);
  const param = { surveyId, campaign };
  const route = client.api.admin.campaigns[':surveyId'][':campaign'];

  async function refresh() {
    const res = await route.tracking.$get({ param }, adminHeaders());
    if (!res.ok) return setError(await errorMessage(res));
    setTracking((await res.json()) as Tracking);
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
        {[
          ['Clore la campagne', { close: true as const }],
          ['Publier les résultats', { publish: true }],
          ['Retirer la publication', { publish: false }],
        ].map(([label, json]) => (
          <button
            key={label as string}
            type="button"
            onClick={async () => {
              const res = await route.$patch({ param, json: json as { close?: true; publish?: boolean } }, adminHeaders());
              setMessage(res.ok ? `${label} : fait.` : await errorMessage(res));
            }}
          >
            {label as string}
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
          const body = (await res.json()) as { created: Created[]; rejected: { line: number; input: string; reason: string }[] };
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
              const res = await fetch(`/api/admin/campaigns/${surveyId}/${campaign}/export?format=${format}&labels=1`, adminHeaders());
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
          const file = (form.elements.namedItem('fichier-import') as HTMLInputElement).files?.[0];
          const mode = (form.elements.namedItem('mode') as HTMLSelectElement).value;
          if (!file) return;
          const type = /\.xlsx$/i.test(file.name) ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv';
          setImportReport('Import en cours…');
          const res = await fetch(`/api/admin/campaigns/${surveyId}/${campaign}/import?mode=${mode}`, {
            method: 'POST',
            headers: { ...adminHeaders().headers, 'content-type': type },
            body: file,
          });
          const body = await res.json();
          const report = body.report ?? body;
          const lines = (report.rejected ?? []).flatMap((r: any) => r.problems.map((p: any) => `Ligne ${r.line} : ${p.message}`));
          setImportReport(
            [body.error?.message ?? `${report.imported} réponse(s) importée(s) sur ${report.total}.`, ...lines].join('\n'),
          );
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
