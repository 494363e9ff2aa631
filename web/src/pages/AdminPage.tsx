import '../components/admin/admin.css';
import { CampaignsTable } from '../components/admin/CampaignsTable';
import { NewCampaignForm } from '../components/admin/NewCampaignForm';
import { TokenForm } from '../components/admin/TokenForm';
import { useAdminSession } from '../hooks/useAdminSession';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { useSurveyList } from '../hooks/useSurveyList';

/** The administration: campaigns, their state, and the form to open a new one. */
export default function AdminPage() {
  useDocumentTitle('Administration');
  const { logged, campaigns, error, setError, logIn, logOut } = useAdminSession();
  const { surveys } = useSurveyList();

  if (!logged) {
    return (
      <section>
        <h1>Administration</h1>
        {error && <p role="alert" className="error">{error}</p>}
        <TokenForm onToken={logIn} />
      </section>
    );
  }

  return (
    <section className="admin">
      <h1>Administration</h1>
      {error && <p role="alert" className="error">{error}</p>}
      <h2>Campagnes</h2>
      {!campaigns && <p role="status">Chargement…</p>}
      {campaigns && <CampaignsTable campaigns={campaigns} surveyTitles={new Map((surveys ?? []).map((s) => [s.id, s.title]))} />}
      <h2>Ouvrir une campagne</h2>
      <NewCampaignForm surveys={surveys ?? []} onError={setError} />
      <p>
        <button type="button" onClick={logOut}>
          Se déconnecter
        </button>
      </p>
    </section>
  );
}
