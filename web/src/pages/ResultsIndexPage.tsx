import { useSuppressionK } from '../hooks/useSuppressionK';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { useSurveyList } from '../hooks/useSurveyList';
import { Link } from '../router';

export default function ResultsIndexPage() {
  useDocumentTitle('Les résultats publiés');
  const { surveys } = useSurveyList();
  const k = useSuppressionK();
  return (
    <section>
      <h1>Les résultats publiés</h1>
      <p>
        Distributions de chaque question, par type de collectivité et d’une campagne à l’autre.{' '}
        {k !== null && <>Aucun groupe de moins de {k} réponses n’est publié. </>}Voir aussi <Link href="/chiffres-du-guide">les chiffres publiés dans le guide</Link>.
      </p>
      <ul>
        {surveys?.map((s) => (
          <li key={s.id}>
            <Link href={`/resultats/${s.id}`}>{s.title}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
