import { useEffect, useState } from 'react';
import { client, errorMessage, type AdminCampaign, type SurveySummary } from '../api';
import { adminHeaders, adminToken, setAdminToken } from '../admin-session';
import { formatDateTime, formatInteger } from '../format';
import { Link, navigate } from '../router';

function TokenForm({ onDone }: { onDone: () => void }) {
  const [token, setToken] = useState('');
  return (
    <form
      className="admin-login"
      onSubmit={(e) => {
        e.preventDefault();
        setAdminToken(token.trim());
        onDone();
      }}
    >
      <label htmlFor="jeton-admin">Jeton d’administration</label>
      <input id="jeton-admin" type="password" autoComplete="off" value={token} onChange={(e) => setToken(e.target.value)} required />
      <button type="submit">Entrer</button>
      <p className="hint">Le jeton est affiché une seule fois au premier démarrage du service, ou fixé par ADMIN_TOKEN.</p>
    </form>
  );
}

/** The administration: campaigns, their state, and the form to open a new one. */
export default function AdminPage() {
  const [campaigns, setCampaigns] = useState<AdminCampaign[] | null>(null);
  const [surveys, setSurveys] = useState<SurveySummary[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [logged, setLogged] = useState(Boolean(adminToken()));
  const [form, setForm] = useState({ surveyId: 'enquete-annuelle', campaign: String(new Date().getFullYear()), label: '' });

  async function load() {
    const res = await client.api.admin.campaigns.$get({}, adminHeaders());
    if (!res.ok) {
      setError(await errorMessage(res));
      if (res.status === 401 || res.status === 403) setLogged(false);
      return;
    }
    setError(null);
    setCampaigns(await res.json());
  }

  useEffect(() => {
    void (async () => {
      const res = await client.api.surveys.$get();
      if (res.ok) setSurveys(await res.json());
    })();
  }, []);
  useEffect(() => {
    if (logged) void load();
  }, [logged]);

  if (!logged) {
    return (
      <section>
        <h1>Administration</h1>
        {error && <p role="alert" className="error">{error}</p>}
        <TokenForm onDone={() => setLogged(true)} />
      </section>
    );
  }

  return (
    <section className="admin">
      <h1>Administration</h1>
      {error && <p role="alert" className="error">{error}</p>}
      <h2>Campagnes</h2>
      {!campaigns && <p role="status">Chargement…</p>}
      {campaigns && (
        <table className="figures">
          <thead>
            <tr>
              <th scope="col">Questionnaire</th>
              <th scope="col">Campagne</th>
              <th scope="col">État</th>
              <th scope="col">Résultats</th>
              <th scope="col">Réponses complètes / en cours</th>
              <th scope="col">Invitations</th>
            </tr>
          </thead>
          <tbody>
            {campaigns.map((c) => (
              <tr key={`${c.surveyId}/${c.campaign}`}>
                <td>{c.surveyId}</td>
                <th scope="row">
                  <Link href={`/admin/campagnes/${c.surveyId}/${c.campaign}`}>{c.label}</Link>
                </th>
                <td>{c.open ? 'ouverte' : c.closesAt ? `close le ${formatDateTime(c.closesAt)}` : 'pas encore ouverte'}</td>
                <td>{c.publishedAt ? 'publiés' : 'non publiés'}</td>
                <td>
                  {formatInteger(c.complete)} / {formatInteger(c.partial)}
                </td>
                <td>{formatInteger(c.invited)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>Ouvrir une campagne</h2>
      <form
        className="admin-form"
        onSubmit={async (e) => {
          e.preventDefault();
          const res = await client.api.admin.campaigns.$post(
            { json: { surveyId: form.surveyId, campaign: form.campaign, ...(form.label ? { label: form.label } : {}) } },
            adminHeaders(),
          );
          if (!res.ok) return setError(await errorMessage(res));
          navigate(`/admin/campagnes/${form.surveyId}/${form.campaign}`);
        }}
      >
        <label>
          Questionnaire
          <select value={form.surveyId} onChange={(e) => setForm({ ...form, surveyId: e.target.value })}>
            {surveys.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          Nom de la campagne (l’année, par exemple)
          <input value={form.campaign} onChange={(e) => setForm({ ...form, campaign: e.target.value })} required pattern="[A-Za-z0-9_\-]{1,32}" />
        </label>
        <label>
          Intitulé (facultatif)
          <input value={form.label} onChange={(e) => setForm({ ...form, label: e.target.value })} />
        </label>
        <button type="submit">Créer la campagne</button>
      </form>
      <p>
        <button type="button" onClick={() => { setAdminToken(null); setLogged(false); }}>
          Se déconnecter
        </button>
      </p>
    </section>
  );
}
