import { useState } from 'react';
import type { CampaignKey } from '../api';
import { adminToken } from '../admin-session';
import { CampaignActions } from '../components/campaign/CampaignActions';
import { ExportButtons } from '../components/campaign/ExportButtons';
import { ImportForm } from '../components/campaign/ImportForm';
import { InvitationsSection } from '../components/campaign/InvitationsSection';
import { PendingResponses } from '../components/campaign/PendingResponses';
import { TrackingSection } from '../components/campaign/TrackingSection';
import { useCampaignTracking } from '../hooks/useCampaignTracking';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { usePendingResponses } from '../hooks/usePendingResponses';
import { useSurveyLabels } from '../hooks/useSurveyLabels';
import { Link } from '../router';

/** One campaign in the administration: its state, tracking, invitations, exports and imports. */
export default function AdminCampaignPage({ surveyId, campaign }: CampaignKey) {
  useDocumentTitle(`Campagne ${campaign} — ${surveyId} · Administration`);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { tracking, refresh } = useCampaignTracking({ surveyId, campaign }, setError);
  const { pending, refresh: refreshPending } = usePendingResponses({ surveyId, campaign }, setError);
  const typeLabels = useSurveyLabels(surveyId).get('collectivite_type')?.choices ?? new Map<string, string>();

  if (!adminToken()) {
    return (
      <section>
        <h1>Campagne {campaign}</h1>
        <p>
          <Link href="/admin">Connectez-vous à l’administration</Link> d’abord.
        </p>
      </section>
    );
  }

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
      <CampaignActions surveyId={surveyId} campaign={campaign} onMessage={setMessage} />

      <h2>Suivi</h2>
      {tracking && <TrackingSection tracking={tracking} />}

      <h2>Réponses à vérifier</h2>
      {pending && (
        <PendingResponses
          pending={pending}
          typeLabels={typeLabels}
          onDone={(m) => {
            setMessage(m);
            void refreshPending();
          }}
        />
      )}

      <h2>Inviter des collectivités</h2>
      <InvitationsSection surveyId={surveyId} campaign={campaign} onError={setError} onInvited={refresh} />

      <h2>Exporter les réponses</h2>
      <ExportButtons surveyId={surveyId} campaign={campaign} onError={setError} />

      <h2>Importer des réponses historiques</h2>
      <ImportForm surveyId={surveyId} campaign={campaign} onImported={refresh} />
    </section>
  );
}
