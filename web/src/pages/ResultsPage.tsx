import { WithAbbreviations } from '../glossary/WithAbbreviations';
import { CampaignResults } from '../components/results/CampaignResults';
import { ResultsFilters } from '../components/results/ResultsFilters';
import { useCampaignResults } from '../hooks/useCampaignResults';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { useResultsQuery } from '../hooks/useResultsQuery';
import { useResultsSurvey } from '../hooks/useResultsSurvey';
import { Link } from '../router';

/** The published results of an instrument: one campaign at a time, for all collectivities or one type. */
export default function ResultsPage({ surveyId }: { surveyId: string }) {
  const { query, update } = useResultsQuery();
  const survey = useResultsSurvey(surveyId);
  const { doc, trends, error } = useCampaignResults(surveyId, query.campaign);
  const { definition, labels, campaigns } = survey;
  const heading = definition ? `Résultats — ${definition.title}` : 'Résultats';
  useDocumentTitle(heading);

  // The blank answers are a group of their own in every breakdown.
  const typeLabels = new Map<string, string>([...(labels.get('collectivite_type')?.choices ?? []), ['non_renseigne', 'Type non renseigné']]);
  const problem = survey.error ?? error;
  return (
    <section className="results">
      <p>
        <Link href="/resultats">← Tous les résultats</Link>
      </p>
      <h1>
        <WithAbbreviations text={heading} />
      </h1>
      {problem && <p role="alert" className="error">{problem}</p>}
      {!problem && !definition && <p role="status">Chargement des résultats…</p>}
      {!problem && definition && (
        <>
          <ResultsFilters campaigns={campaigns} doc={doc} query={query} typeLabels={typeLabels} onChange={update} />
          {!doc && <p role="status">Calcul des résultats…</p>}
          {doc && <CampaignResults doc={doc} trends={trends} type={query.type} labels={labels} typeLabels={typeLabels} />}
        </>
      )}
    </section>
  );
}
