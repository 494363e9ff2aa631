import { useCallback, useState } from 'react';
import type { CampaignKey } from '../api';
import { adminToken } from '../admin-session';
import '../components/admin/admin.css';
import { CampaignActions } from '../components/campaign/CampaignActions';
import { CampaignEditForm } from '../components/campaign/CampaignEditForm';
import { CampaignSummary } from '../components/campaign/CampaignSummary';
import { ExportButtons } from '../components/campaign/ExportButtons';
import { ImportForm } from '../components/campaign/ImportForm';
import { InvitationsSection } from '../components/campaign/InvitationsSection';
import { InvitationsTracking } from '../components/campaign/InvitationsTracking';
import { MailNotice } from '../components/campaign/MailNotice';
import { PendingResponses } from '../components/campaign/PendingResponses';
import { TrackingSection } from '../components/campaign/TrackingSection';
import { useCampaignTracking } from '../hooks/useCampaignTracking';
import { useCampaignView } from '../hooks/useCampaignView';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { usePendingResponses } from '../hooks/usePendingResponses';
import { useSurveyLabels } from '../hooks/useSurveyLabels';
import { useSurveyList } from '../hooks/useSurveyList';
import { Link } from '../router';

/** One campaign in the administration: its state and dates, tracking, invitations, responses to check, exports and imports. */
export default function AdminCampaignPage({ surveyId, campaign }: CampaignKey) {
  const surveyTitle = useSurveyList().surveys?.find((s) => s.id === surveyId)?.title ?? null;
  useDocumentTitle(`Campagne ${campaign}${surveyTitle ? ` — ${surveyTitle}` : ''} · Administration`);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { view, refresh: refreshView } = useCampaignView({ surveyId, campaign }, setError);
  const { tracking, refresh } = useCampaignTracking({ surveyId, campaign }, setError);
  const { pending, refresh: refreshPending } = usePendingResponses({ surveyId, campaign }, setError);
  const typeLabels = useSurveyLabels(surveyId).get('collectivite_type')?.choices ?? new Map<string, string>();
  const done = useCallback(
    async (m: string) => {
      setError(null);
      setMessage(m);
      await Promise.all([refreshView(), refresh()]);
    },
    [refreshView, refresh],
  );

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
      <h1>Campagne {campaign}</h1>
      {surveyTitle && <p className="lead">{surveyTitle}</p>}
      {view && view.label !== campaign && <p>{view.label}</p>}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <p role="status">{message}</p>
      {view && <CampaignSummary view={view} />}
      {view && <CampaignActions surveyId={surveyId} campaign={campaign} view={view} onDone={done} onError={setError} />}
      {tracking && <MailNotice enabled={tracking.mailEnabled} />}

      <h2>Suivi</h2>
      {tracking && <TrackingSection tracking={tracking} />}

      {tracking && view && tracking.invited > 0 && (
        <>
          <h2>Collectivités invitées</h2>
          <InvitationsTracking surveyId={surveyId} campaign={campaign} tracking={tracking} open={view.open} onDone={done} onError={setError} />
        </>
      )}

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

      <h2>Dates et intitulé</h2>
      {view && <CampaignEditForm key={`${view.opensAt}-${view.closesAt}-${view.label}`} surveyId={surveyId} campaign={campaign} view={view} onDone={done} onError={setError} />}

      <h2>Exporter les réponses</h2>
      <ExportButtons surveyId={surveyId} campaign={campaign} onError={setError} />

      <h2>Importer des réponses historiques</h2>
      <ImportForm surveyId={surveyId} campaign={campaign} onImported={refresh} />
    </section>
  );
}
