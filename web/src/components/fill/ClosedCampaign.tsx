import { closedSentence, resultsHref } from '../../fill/campaign-sentences';
import type { CampaignState } from '../../fill/open-survey';
import { Link } from '../../router';

/** The questionnaire of a campaign that takes no answer: said plainly, no form, the results when published. */
export function ClosedCampaign({ surveyId, title, campaign }: { surveyId: string; title: string; campaign: CampaignState }) {
  return (
    <section className="fill fill-closed">
      <h1>{title}</h1>
      <p className="notice">
        {closedSentence(campaign)} {`Ce questionnaire n’accepte plus de réponse pour la campagne «\u202f${campaign.label}\u202f».`}
      </p>
      <p className="actions">
        {campaign.resultsPublished && (
          <>
            <Link href={resultsHref(surveyId, campaign)}>Voir les résultats publiés de la campagne</Link>{' '}
          </>
        )}
        <Link href="/">Retour à l’accueil</Link>
      </p>
    </section>
  );
}
