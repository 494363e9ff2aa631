import { WithAbbreviations } from '../glossary/WithAbbreviations';
import { ComparisonArticle } from '../components/guide-figures/ComparisonArticle';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { useGuideFigures } from '../hooks/useGuideFigures';
import { Link } from '../router';

/** The guide's published figures and findings, each recomputed from the stored responses and compared with the print. */
export default function GuideFiguresPage() {
  useDocumentTitle('Les chiffres du guide');
  const data = useGuideFigures();

  const all = data?.flatMap((d) => d.items) ?? [];
  return (
    <section className="guide-figures">
      <h1>Les chiffres publiés dans le guide</h1>
      <p>
        <WithAbbreviations text="Le guide de l’ARRICOD publie des chiffres et des constats tirés des sondages de 2014 et 2016 et des universités d’automne (UA) 2014 et 2015." />{' '}
        Pour chacun, cette page cite la phrase du guide, montre ce que le service recalcule à partir des réponses
        enregistrées, avec ses unités, et dit si les deux concordent.
      </p>
      <p className="notice">
        Les réponses individuelles de ces enquêtes n’ont jamais été publiées{'\u202f'}: celles que le service enregistre sont des{' '}
        <strong>reconstitutions</strong> cohérentes avec les chiffres du guide, pas les données historiques.
      </p>
      {!data && <p role="status">Recalcul des chiffres…</p>}
      {data && (
        <p role="status">
          {all.filter((c) => c.match).length} sur {all.length} chiffres et constats concordent.
        </p>
      )}
      {data?.map((d) => (
        <section key={d.survey} aria-labelledby={`s-${d.survey}`}>
          <h2 id={`s-${d.survey}`}>
            <WithAbbreviations text={d.title} />
          </h2>
          <p>
            <Link href={`/resultats/${d.survey}`}>Tous les résultats de cette enquête</Link>
          </p>
          {d.items.map((c) => (
            <ComparisonArticle key={c.id} c={c} labels={d.labels} />
          ))}
        </section>
      ))}
    </section>
  );
}
