import type { Model } from 'survey-core';
import { Survey } from 'survey-react-ui';
import { closedSentence, resultsHref } from '../../fill/campaign-sentences';
import type { CampaignState } from '../../fill/open-survey';
import { Link } from '../../router';

interface Props {
  surveyId: string;
  title: string;
  campaign: CampaignState;
  /** The answers, in SurveyJS's display mode on one page. */
  model: Model;
  onShowReceipt: () => void;
}

/** A response of a closed campaign, reopened by its private link: the answers as stored, unchangeable. */
export function ReadOnlyAnswers({ surveyId, title, campaign, model, onShowReceipt }: Props) {
  return (
    <section className="fill fill-closed">
      <h1>{title}</h1>
      <p className="notice">
        {closedSentence(campaign)} {'Vos réponses ne peuvent plus être modifiées\u202f; les voici telles qu’elles ont été enregistrées.'}
      </p>
      <p className="actions">
        <button type="button" className="button-secondary" onClick={onShowReceipt}>
          Récapitulatif de vos réponses
        </button>{' '}
        {campaign.resultsPublished && <Link href={resultsHref(surveyId, campaign)}>Voir les résultats publiés de la campagne</Link>}
      </p>
      <Survey model={model} />
    </section>
  );
}
