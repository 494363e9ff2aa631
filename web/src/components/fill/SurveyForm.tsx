import type { Model } from 'survey-core';
import { Survey } from 'survey-react-ui';
import { deadlineSentence } from '../../fill/campaign-sentences';
import type { CampaignState, HeldResponse } from '../../fill/open-survey';
import { formatDateTime } from '../../format';
import type { CurrentPage } from '../../hooks/useCurrentPage';
import type { RememberedResponse } from '../../remembered';
import { Link } from '../../router';
import { ResumeLink } from '../ResumeLink';
import { StepHeading } from './StepHeading';

interface Props {
  model: Model;
  /** The page the respondent is on. */
  page: CurrentPage;
  title: string;
  description: string;
  campaign: CampaignState;
  invitedLabel: string | undefined;
  draft: RememberedResponse | undefined;
  held: HeldResponse | null;
  status: string;
  error: string | null;
  /** Shows the printable summary of the answers. */
  onShowReceipt: () => void;
}

/** The questionnaire being filled in, with what the respondent should know: deadline, invitation, earlier draft, private link, saving. */
export function SurveyForm({ model, page, title, description, campaign, invitedLabel, draft, held, status, error, onShowReceipt }: Props) {
  const deadline = deadlineSentence(campaign);
  return (
    <section className="fill">
      <h1>{title}</h1>
      {description && <p className="lead">{description}</p>}
      {deadline && <p className="deadline">{deadline}</p>}
      {invitedLabel && (
        <p className="notice">
          Invitation de l’ARRICOD pour <strong>{invitedLabel}</strong>
          {'\u202f: ce lien vous ramène à votre réponse tant que la campagne est ouverte.'}
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
      {held && (
        <>
          <ResumeLink id={held.id} token={held.token} />
          <p className="receipt-offer">
            <button type="button" className="button-secondary" onClick={onShowReceipt}>
              Récapitulatif de vos réponses
            </button>
          </p>
        </>
      )}
      <p role="status" aria-live="polite" className="save-status">
        {status}
      </p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <StepHeading page={page} />
      <Survey model={model} />
    </section>
  );
}
