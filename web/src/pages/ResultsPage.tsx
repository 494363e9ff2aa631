import { CampaignResults } from '../components/results/CampaignResults';
import { ResultsFilters } from '../components/results/ResultsFilters';
import { ChartPatterns } from '../components/StackedBars';
import { useCampaignResults } from '../hooks/useCampaignResults';
import { useResultsQuery } from '../hooks/useResultsQuery';
import { useResultsSurvey } from '../hooks/useResultsSurvey';
import { Link } from '../router';

/** The published results of an instrument: one campaign at a time, for all collectivities or one type. */
export default function ResultsPage({ surveyId }: { surveyId: string }) {
  const { query, update } = useResultsQuery();
  const survey = useResultsSurvey(surveyId);
  const { doc, trends, error } = useCampaignResults(surveyId, query.campaign);
  const { definition, labels, campaigns } = survey;

  if (survey.error ?? error) return <p role="alert" className="error">{survey.error ?? error}</p>;
  if (!definition) return <p role="status">Chargement des résultats…</p>;

  // The blank answers are a group of their own in every breakdown.
  const typeLabels = new Map<string, string>([...(labels.get('collectivite_type')?.choices ?? []), ['non_renseigne', 'Type non renseigné']]);
  return (
    <section className="results">
      <ChartPatterns />
      <p>
        <Link href="/resultats">← Tous les résultats</Link>
      </p>
      <h1>Résultats — {definition.title}</h1>
      <ResultsFilters campaigns={campaigns} doc={doc} query={query} typeLabels={typeLabels} onChange={update} />
      {!doc && <p role="status">Calcul des résultats…</p>}
      {doc && <CampaignResults doc={doc} trends={trends} type={query.type} labels={labels} typeLabels={typeLabels} />}
    </section>
  );
}
