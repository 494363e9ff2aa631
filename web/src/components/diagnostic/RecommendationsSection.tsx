import type { Diagnostic } from '../../api';
import { WithAbbreviations } from '../../glossary/WithAbbreviations';
import type { QuestionLabels } from '../../labels';
import { GuideSource } from './GuideSource';

/** What to do next, step by step, each recommendation saying what the guide says, with its source and what applies to this collectivity. */
export function RecommendationsSection({ diagnostic, labels }: { diagnostic: Diagnostic; labels: Map<string, QuestionLabels> }) {
  return (
    <section aria-labelledby="recommandations">
      <h2 id="recommandations">Recommandations</h2>
      {diagnostic.recommendations.length === 0 && (
        <p>Toutes les étapes sont réalisées{'\u202f'}: pensez à évaluer et à faire vivre votre stratégie.</p>
      )}
      {Object.entries(diagnostic.steps).map(([code, s]) => {
        const recs = diagnostic.recommendations.filter((r) => r.step === code);
        if (recs.length === 0) return null;
        return (
          <div key={code} className="recommendation-step">
            <h3>{s.section === s.title ? s.title : `${s.title} — ${s.section}`}</h3>
            <ul>
              {recs.map((r) => (
                <li key={r.item}>
                  <strong>
                    <WithAbbreviations text={labels.get(code)?.rows.get(r.item) ?? r.item} />
                  </strong>{' '}
                  — <WithAbbreviations text={r.text} /> <GuideSource source={r.source} />
                  {r.tailored.length > 0 && (
                    <ul>
                      {r.tailored.map((t) => (
                        <li key={t.id}>
                          <em>{t.because}</em>
                          {'\u202f'}: <WithAbbreviations text={t.text} /> <GuideSource source={t.source} />
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
