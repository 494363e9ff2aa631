import 'survey-core/survey-core.fontless.css';
import { CompletionView } from '../components/fill/CompletionView';
import { SurveyForm } from '../components/fill/SurveyForm';
import type { FillTarget } from '../fill/open-survey';
import { useFillSession } from '../hooks/useFillSession';
import { Link } from '../router';

/** Filling in a questionnaire: a new response, one reopened by its private link, or an invitation's. */
export default function FillPage(target: FillTarget) {
  const { session, openError, completed, setCompleted, held, status, error } = useFillSession(target);

  if (openError) {
    return (
      <section>
        <h1>Impossible d’ouvrir ce questionnaire</h1>
        <p role="alert" className="error">{openError}</p>
        <p>
          <Link href="/">Retour à l’accueil</Link>
        </p>
      </section>
    );
  }
  if (!session) return <p role="status">Chargement du questionnaire…</p>;

  const { model, definition, invited, draft } = session;
  if (completed && held) {
    const edit = () => {
      model.clear(false, true);
      setCompleted(false);
    };
    return <CompletionView definition={definition} held={held} onEdit={edit} />;
  }
  return (
    <SurveyForm
      model={model}
      title={definition.title}
      description={String(definition.json.description ?? '')}
      invitedLabel={invited?.label}
      draft={draft}
      held={held}
      status={status}
      error={error}
    />
  );
}
