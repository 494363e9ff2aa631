import 'survey-core/survey-core.fontless.css';
import '../fill.css';
import { useState } from 'react';
import { ClosedCampaign } from '../components/fill/ClosedCampaign';
import { CompletionView } from '../components/fill/CompletionView';
import { ReadOnlyAnswers } from '../components/fill/ReadOnlyAnswers';
import { ReceiptView } from '../components/fill/ReceiptView';
import { SurveyForm } from '../components/fill/SurveyForm';
import type { FillTarget } from '../fill/open-survey';
import { useCurrentPage, type CurrentPage } from '../hooks/useCurrentPage';
import { useFillSession, type FillSession } from '../hooks/useFillSession';
import { useFillTitle } from '../hooks/useFillTitle';
import { useHashToken } from '../hooks/useHashToken';
import { Link } from '../router';

/** Filling in a questionnaire: a new response, one reopened by its private link, or an invitation's. */
export default function FillPage(target: FillTarget) {
  // A complete private link pasted over an incomplete one changes the fragment only: open it afresh.
  const token = useHashToken();
  return <FillSessionPage key={target.responseId ? (token ?? '') : ''} {...target} />;
}

/** What the tab's title says the page shows. */
function titleOf(session: FillSession | null, page: CurrentPage | null, view: { receipt: boolean; completed: boolean }): string {
  if (!session) return 'Questionnaire';
  if (view.receipt) return 'Récapitulatif de vos réponses';
  if (!session.model) return 'Campagne close';
  if (session.closed) return 'Vos réponses (campagne close)';
  if (view.completed) return 'Réponse enregistrée';
  return page ? `Questionnaire, étape ${page.number} sur ${page.count}` : 'Questionnaire';
}

function FillSessionPage(target: FillTarget) {
  const { session, openError, completed, setCompleted, held, status, error } = useFillSession(target);
  const [receipt, setReceipt] = useState(false);
  const page = useCurrentPage(session?.model ?? null);
  const title = openError ? 'Impossible d’ouvrir ce questionnaire' : titleOf(session, page, { receipt, completed });
  useFillTitle(session?.definition.title ?? null, title);

  if (openError) {
    return (
      <section>
        <h1>Impossible d’ouvrir ce questionnaire</h1>
        <p role="alert" className="error">
          {openError}
        </p>
        <p>
          <Link href="/">Retour à l’accueil</Link>
        </p>
      </section>
    );
  }
  if (!session) return <p role="status">Chargement du questionnaire…</p>;

  const { model, definition, invited, draft, campaign, closed } = session;
  const showReceipt = () => setReceipt(true);
  if (!model) return <ClosedCampaign surveyId={definition.id} title={definition.title} campaign={campaign} />;
  if (receipt && held) {
    return <ReceiptView definition={definition} campaign={campaign} held={held} answers={model.data} onClose={() => setReceipt(false)} />;
  }
  if (closed) return <ReadOnlyAnswers surveyId={definition.id} title={definition.title} campaign={campaign} model={model} onShowReceipt={showReceipt} />;
  if (completed && held) {
    const edit = () => {
      model.clear(false, true);
      setCompleted(false);
    };
    return <CompletionView definition={definition} campaign={campaign} held={held} onEdit={edit} onShowReceipt={showReceipt} />;
  }
  return (
    <SurveyForm
      model={model}
      page={page!}
      title={definition.title}
      description={String(definition.json.description ?? '')}
      campaign={campaign}
      invitedLabel={invited?.label}
      draft={draft}
      held={held}
      status={status}
      error={error}
      onShowReceipt={showReceipt}
    />
  );
}
