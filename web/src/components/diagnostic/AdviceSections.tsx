import type { Diagnostic } from '../../api';
import { formatNumber } from '../../format';
import { GuideSource } from './GuideSource';

/** The guide's practical sheet for each category of action the collectivity carries out or plans. */
export function CategoriesSection({ diagnostic }: { diagnostic: Diagnostic }) {
  return (
    <section aria-labelledby="categories">
      <h2 id="categories">Pour vos actions</h2>
      {!diagnostic.actionCategories.named && <p>Vous n’avez indiqué aucune action réalisée ou prévue : voici les trois fiches pratiques.</p>}
      {diagnostic.categories.map((c) => (
        <div key={c.category} className="category-advice">
          <h3>
            {c.title} — {c.section}
          </h3>
          <dl>
            {c.questions.map((q) => (
              <div key={q.key}>
                <dt>{q.question}</dt>
                <dd>
                  {q.answer} <GuideSource source={q.source} />
                </dd>
              </div>
            ))}
          </dl>
        </div>
      ))}
    </section>
  );
}

/** The indicators to follow: the practical sheets' economic ones, then the UA 2014 table's best rated. */
export function IndicatorsSection({ diagnostic }: { diagnostic: Diagnostic }) {
  const rated = diagnostic.indicatorRatings === 'recalculees' ? 'notes recalculées des réponses de l’atelier' : 'notes imprimées dans le guide';
  return (
    <section aria-labelledby="indicateurs">
      <h2 id="indicateurs">Indicateurs à suivre</h2>
      <ol>
        {diagnostic.indicators.map((i) => (
          <li key={`${i.kind}.${i.code}`}>
            {i.label}
            {i.kind === 'ua2014' && (
              <>
                {' '}
                — université d’automne 2014 : pertinence {formatNumber(i.pertinence)}, accès à la donnée {formatNumber(i.acces)} (sur 5, {rated})
              </>
            )}{' '}
            <GuideSource source={i.source} />
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Where to look for funding, per category of action, each lead dated as the guide dates it. */
export function FundingSection({ diagnostic }: { diagnostic: Diagnostic }) {
  return (
    <section aria-labelledby="financements">
      <h2 id="financements">Pistes de financement</h2>
      <p>{diagnostic.fundingCaveat}</p>
      {diagnostic.funding.map((f) => (
        <div key={f.category}>
          <h3>{f.title}</h3>
          {f.leads.length === 0 && <p>Le guide ne cite pas de financement propre à ces actions.</p>}
          <ul>
            {f.leads.map((l) => (
              <li key={l.id}>
                <strong>{l.name}</strong>
                {l.date && <> ({l.date.length > 4 ? 'source du' : 'source de'} {l.dateLabel})</>} : {l.what} <GuideSource source={l.source} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
