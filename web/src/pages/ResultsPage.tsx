import { useEffect, useMemo, useState } from 'react';
import { client, errorMessage, type PublishedCampaign, type ResultsAnswer, type SurveyDefinition, type TrendsAnswer } from '../api';
import { ChartPatterns } from '../components/StackedBars';
import { QuestionResult } from '../components/QuestionResult';
import { TrendsSection } from '../components/TrendsSection';
import { definitionLabels } from '../definition-labels';
import { formatInteger } from '../format';
import { Link } from '../router';

const NATURE: Record<string, string> = {
  reconstitution:
    'Reconstitution : ces réponses individuelles ont été construites pour être cohérentes avec les chiffres publiés dans le guide ; ce ne sont pas les données historiques.',
  fictive: 'Données fictives de démonstration : elles ne décrivent aucune collectivité réelle.',
};

function readQuery() {
  const p = new URLSearchParams(window.location.search);
  return { campaign: p.get('campagne') ?? undefined, type: p.get('type') ?? '' };
}

export default function ResultsPage({ surveyId }: { surveyId: string }) {
  const [definition, setDefinition] = useState<SurveyDefinition | null>(null);
  const [campaigns, setCampaigns] = useState<PublishedCampaign[]>([]);
  const [doc, setDoc] = useState<ResultsAnswer | null>(null);
  const [trends, setTrends] = useState<TrendsAnswer | null>(null);
  const [query, setQuery] = useState(readQuery);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void (async () => {
      const [def, list] = await Promise.all([
        client.api.surveys[':id'].$get({ param: { id: surveyId } }),
        client.api.surveys[':id'].campaigns.$get({ param: { id: surveyId } }),
      ]);
      if (!def.ok) return setError(await errorMessage(def));
      setDefinition(await def.json());
      if (list.ok) setCampaigns(await list.json());
    })();
  }, [surveyId]);

  useEffect(() => {
    void (async () => {
      setDoc(null);
      const params = { campaign: query.campaign, groupBy: 'collectivite_type' };
      const res = await client.api.surveys[':id'].results.$get({ param: { id: surveyId }, query: params });
      if (!res.ok) return setError(await errorMessage(res));
      const body = await res.json();
      setDoc(body);
      const t = await client.api.surveys[':id'].trends.$get({ param: { id: surveyId }, query: { campaign: body.campaign } });
      setTrends(t.ok ? await t.json() : null);
    })();
  }, [surveyId, query.campaign]);

  const labels = useMemo(() => (definition ? definitionLabels(definition) : new Map()), [definition]);

  function update(next: Partial<typeof query>) {
    const merged = { ...query, ...next };
    const p = new URLSearchParams();
    if (merged.campaign) p.set('campagne', merged.campaign);
    if (merged.type) p.set('type', merged.type);
    window.history.replaceState(null, '', `${window.location.pathname}${p.size ? `?${p}` : ''}`);
    setQuery(merged);
  }

  if (error) return <p role="alert" className="error">{error}</p>;
  if (!definition) return <p role="status">Chargement des résultats…</p>;

  const typeLabels = labels.get('collectivite_type')?.choices ?? new Map<string, string>();
  const group = query.type && doc?.groups ? doc.groups[query.type] : undefined;
  const questions = query.type ? group?.questions : doc?.questions;

  return (
    <section className="results">
      <ChartPatterns />
      <p>
        <Link href="/resultats">← Tous les résultats</Link>
      </p>
      <h1>Résultats — {definition.title}</h1>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          Campagne{' '}
          <select value={doc?.campaign ?? query.campaign ?? ''} onChange={(e) => update({ campaign: e.target.value, type: '' })}>
            {campaigns.map((c) => (
              <option key={c.campaign} value={c.campaign}>
                {c.label} ({formatInteger(c.n)} réponses)
              </option>
            ))}
          </select>
        </label>
        <label>
          Type de collectivité{' '}
          <select value={query.type} onChange={(e) => update({ type: e.target.value })}>
            <option value="">Toutes ({formatInteger(doc?.n)})</option>
            {Object.entries(doc?.groups ?? {}).map(([code, g]) => (
              <option key={code} value={code}>
                {typeLabels.get(code) ?? code} ({formatInteger(g.n)}){g.suppressed ? ' — non publié' : ''}
              </option>
            ))}
          </select>
        </label>
      </form>
      {!doc && <p role="status">Calcul des résultats…</p>}
      {doc && (
        <>
          {NATURE[doc.nature] && <p className="notice">{NATURE[doc.nature]}</p>}
          <p>
            {formatInteger(query.type ? group?.n : doc.n)} réponses complètes. Les groupes de moins de {doc.suppressionK}{' '}
            réponses ne sont pas publiés.
          </p>
          {doc.suppressed && <p className="withheld" role="note">Résultats non publiés : {doc.reason}</p>}
          {group?.suppressed && (
            <p className="withheld" role="note">
              {typeLabels.get(query.type) ?? query.type} : résultats non publiés. {group.reason}
            </p>
          )}
          {Object.entries(questions ?? {}).map(([code, result]) => (
            <section key={code} className="question-result" aria-labelledby={`q-${code}`}>
              <h2 id={`q-${code}`}>{labels.get(code)?.title ?? code}</h2>
              <QuestionResult result={result} labels={labels.get(code)} />
            </section>
          ))}
          {trends && trends.series.length > 0 && !query.type && <TrendsSection trends={trends} labels={labels} />}
        </>
      )}
    </section>
  );
}
