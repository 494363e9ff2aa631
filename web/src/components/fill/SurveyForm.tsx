import type { Model } from 'survey-core';
import { Survey } from 'survey-react-ui';
import type { HeldResponse } from '../../fill/open-survey';
import { formatDateTime } from '../../format';
import type { RememberedResponse } from '../../remembered';
import { Link } from '../../router';
import { ResumeLink } from '../ResumeLink';

interface Props {
  model: Model;
  title: string;
  description: string;
  invitedLabel: string | undefined;
  draft: RememberedResponse | undefined;
  held: HeldResponse | null;
  status: string;
  error: string | null;
}

/** The questionnaire being filled in, with what the respondent should know: invitation, earlier draft, private link, saving. */
export function SurveyForm({ model, title, description, invitedLabel, draft, held, status, error }: Props) {
  return (
    <section className="fill">
      <h1>{title}</h1>
      {description && <p className="lead">{description}</p>}
      {invitedLabel && (
        <p className="notice">
          Invitation de l’ARRICOD pour <strong>{invitedLabel}</strong> : ce lien vous ramène à votre réponse tant que la
          campagne est ouverte.
        </p>
      )}
      {draft && !held && (
        <div className="notice">
          <p>
            Vous avez commencé ce questionnaire le {formatDateTime(draft.savedAt)} sur ce navigateur.{' '}
            <Link href={`/reponses/${draft.id}#jeton=${draft.token}`}>Reprendre cette réponse</Link> ou continuer
            ci-dessous pour en commencer une nouvelle.
          </p>
        </div>
      )}
      {held && <ResumeLink id={held.id} token={held.token} />}
      <p role="status" aria-live="polite" className="save-status">
        {status}
      </p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <Survey model={model} />
    </section>
  );
}
