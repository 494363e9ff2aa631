import type { Diagnostic } from '../../api';
import { formatNumber } from '../../format';

/** The guide's questions to ask for each category of action the collectivity carries out. */
export function CategoriesSection({ diagnostic }: { diagnostic: Diagnostic }) {
  return (
    <section aria-labelledby="categories">
      <h2 id="categories">Pour vos actions</h2>
      {diagnostic.categories.map((c) => (
        <div key={c.category} className="category-advice">
          <h3>
            {c.title} — {c.section}
          </h3>
          <dl>
            {c.questions.map(([q, a]) => (
              <div key={q}>
                <dt>{q}</dt>
                <dd>{a}</dd>
              </div>
            ))}
          </dl>
        </div>
      ))}
    </section>
  );
}

/** The indicators the 2014 workshop rated, with their relevance and the access to their data. */
export function IndicatorsSection({ diagnostic, indicatorLabels }: { diagnostic: Diagnostic; indicatorLabels: Map<string, string> }) {
  return (
    <section aria-labelledby="indicateurs">
      <h2 id="indicateurs">Indicateurs à suivre (université d’automne 2014, Fiche D)</h2>
      <ol>
        {diagnostic.indicators.map((i) => (
          <li key={i.code}>
            {indicatorLabels.get(i.code) ?? i.code} — pertinence {formatNumber(i.pertinence)}, accès à la donnée{' '}
            {formatNumber(i.acces)} (sur 5)
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Where to look for funding, per category of action. */
export function FundingSection({ diagnostic }: { diagnostic: Diagnostic }) {
  return (
    <section aria-labelledby="financements">
      <h2 id="financements">Pistes de financement</h2>
      {diagnostic.funding.map((f) => (
        <div key={f.category}>
          <h3>{diagnostic.categories.find((c) => c.category === f.category)?.title ?? f.category}</h3>
          <ul>
            {f.leads.map((l) => (
              <li key={l.name}>
                <strong>{l.name}</strong> : {l.what}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
