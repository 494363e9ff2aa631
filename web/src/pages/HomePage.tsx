import type { SurveySummary } from '../api';
import { formatDateTime } from '../format';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { useSurveyList } from '../hooks/useSurveyList';
import { rememberedResponses } from '../remembered';
import { Link } from '../router';

const KIND_LABELS: Record<SurveySummary['kind'], string> = {
  enquete: 'Enquête annuelle',
  diagnostic: 'Autodiagnostic',
  sondage: 'Sondage historique',
  atelier: 'Université d’automne',
};

export function HomePage() {
  useDocumentTitle('Accueil');
  const { surveys, error } = useSurveyList();
  const remembered = rememberedResponses();

  const titles = new Map(surveys?.map((s) => [s.id, s.title]));

  return (
    <>
      <section className="intro">
        <h1>L’action internationale économique des collectivités</h1>
        <p>
          L’ARRICOD observe chaque année comment les régions, départements, métropoles, intercommunalités et communes
          mènent leur action internationale à caractère économique{'\u202f:'} internationalisation des entreprises, promotion du
          territoire, coopération. Répondez aux questionnaires ci-dessous{'\u202f;'} vous pouvez enregistrer, revenir et modifier
          vos réponses grâce à votre lien privé.
        </p>
      </section>

      {remembered.length > 0 && (
        <section aria-labelledby="en-cours">
          <h2 id="en-cours">Vos réponses sur ce navigateur</h2>
          <ul className="remembered">
            {remembered.map((r) => (
              <li key={r.id}>
                <Link href={`/reponses/${r.id}#jeton=${r.token}`}>{titles.get(r.surveyId) ?? r.surveyId}</Link>{' '}
                — {r.status === 'complete' ? 'terminée' : 'en cours'}, enregistrée le {formatDateTime(r.savedAt)}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="questionnaires">
        <h2 id="questionnaires">Les questionnaires</h2>
        {error && <p role="alert" className="error">{error}</p>}
        {!surveys && !error && <p role="status">Chargement des questionnaires…</p>}
        <ul className="cards">
          {surveys?.map((s) => (
            <li key={s.id} className="card">
              <p className="card-kind">
                {KIND_LABELS[s.kind]} · campagne {s.campaign === 'permanent' ? 'permanente' : s.campaign}
              </p>
              <h3>{s.title}</h3>
              <p className="card-audience">
                <strong>{'Pour qui\u202f?'}</strong> {s.audience}
              </p>
              <p>{s.description}</p>
              {s.open ? (
                <Link href={`/questionnaires/${s.id}`} className="button" aria-label={`Répondre\u202f: ${s.title}`}>
                  Répondre
                </Link>
              ) : (
                <p className="closed">
                  Campagne close.{' '}
                  <Link href={`/resultats/${s.id}`} aria-label={`Voir les résultats\u202f: ${s.title}`}>
                    Voir les résultats
                  </Link>
                </p>
              )}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
