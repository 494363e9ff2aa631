import { useEffect, useState } from 'react';
import { client, type SurveySummary } from '../api';
import { Link } from '../router';

export default function ResultsIndexPage() {
  const [surveys, setSurveys] = useState<SurveySummary[]>([]);
  useEffect(() => {
    void (async () => {
      const res = await client.api.surveys.$get();
      if (res.ok) setSurveys(await res.json());
    })();
  }, []);
  return (
    <section>
      <h1>Les résultats publiés</h1>
      <p>
        Distributions de chaque question, par type de collectivité et d’une campagne à l’autre. Aucun groupe de moins de
        cinq réponses n’est publié. Voir aussi <Link href="/chiffres-du-guide">les chiffres publiés dans le guide</Link>.
      </p>
      <ul>
        {surveys.map((s) => (
          <li key={s.id}>
            <Link href={`/resultats/${s.id}`}>{s.title}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
