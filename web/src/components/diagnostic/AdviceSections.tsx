import type { Diagnostic } from '../../api';
import { formatNumber } from '../../format';
import { WithAbbreviations } from '../../glossary/WithAbbreviations';
import { Folded } from './Folded';
import { GuideSource } from './GuideSource';

const quoted = (text: string) => `«\u202f${text}\u202f»`;

/** The guide's practical sheet for each category of action the collectivity carries out or plans. */
export function CategoriesSection({ diagnostic }: { diagnostic: Diagnostic }) {
  return (
    <section aria-labelledby="categories">
      <h2 id="categories">Pour vos actions</h2>
      <p className="no-print">
        {diagnostic.actionCategories.named
          ? 'Les fiches pratiques du guide pour les catégories d’actions que vous menez ou prévoyez, question par question.'
          : 'Vous n’avez indiqué aucune action réalisée ou prévue\u202f: voici les trois fiches pratiques du guide.'}
      </p>
      {diagnostic.categories.map((c) => (
        <div key={c.category} className="category-advice">
          <Folded
            summary={`${c.title} — ${c.section}, ${quoted(c.sheetTitle)}`}
            printed={
              <p>
                <strong>{c.title}</strong>
                {`\u202f: ${c.section}, ${quoted(c.sheetTitle)}\u202f; ses réponses (${c.questions.map((q) => q.question.replace(/\s*\?$/, '').toLowerCase()).join(', ')}) sont dans la version en ligne de ce rapport.`}
              </p>
            }
          >
            <dl>
              {c.questions.map((q) => (
                <div key={q.key}>
                  <dt>{q.question.replace(/\s*\?$/, '\u202f?')}</dt>
                  <dd>
                    <WithAbbreviations text={q.answer} /> <GuideSource source={q.source} />
                  </dd>
                </div>
              ))}
            </dl>
          </Folded>
        </div>
      ))}
    </section>
  );
}

/** « Fiche pratique 2, Fiche pratique 3 et Fiche D »: the sections a list cites, in order of first mention. */
function sectionsOf(items: readonly { section: string }[]): string {
  const sections = [...new Set(items.map((i) => i.section))];
  return sections.length > 1 ? `${sections.slice(0, -1).join(', ')} et ${sections.at(-1)}` : (sections[0] ?? '');
}

/** The indicators to follow: the practical sheets' economic ones, then the UA 2014 table's best rated. */
export function IndicatorsSection({ diagnostic }: { diagnostic: Diagnostic }) {
  const rated =
    diagnostic.indicatorRatings === 'recalculees' ? 'notes recalculées des réponses de l’atelier' : 'notes imprimées dans le guide';
  const { indicators } = diagnostic;
  return (
    <section aria-labelledby="indicateurs">
      <h2 id="indicateurs">Indicateurs à suivre</h2>
      <Folded
        summary={`Les ${indicators.length} indicateurs que le guide propose pour vos actions`}
        printed={
          <p>
            {indicators.map((i, n) => `${n + 1}. ${i.label}`).join('\u202f; ')} (d’après {sectionsOf(indicators)}).
          </p>
        }
      >
        <ol>
          {indicators.map((i) => (
            <li key={`${i.kind}.${i.code}`}>
              <WithAbbreviations text={i.label} />
              {i.kind === 'ua2014' && (
                <>
                  {' '}
                  — université d’automne 2014{'\u202f'}: pertinence {formatNumber(i.pertinence)}, accès à la donnée {formatNumber(i.acces)}{' '}
                  (sur 5, {rated})
                </>
              )}{' '}
              <GuideSource source={i.source} />
            </li>
          ))}
        </ol>
      </Folded>
    </section>
  );
}

const dated = (l: Diagnostic['funding'][number]['leads'][number]) =>
  l.date ? ` (${l.date.length > 4 ? 'source du' : 'source de'} ${l.dateLabel})` : '';

/** Where to look for funding, per category of action, each lead dated as the guide dates it. */
export function FundingSection({ diagnostic }: { diagnostic: Diagnostic }) {
  const count = diagnostic.funding.reduce((n, f) => n + f.leads.length, 0);
  return (
    <section aria-labelledby="financements">
      <h2 id="financements">Pistes de financement</h2>
      <p>{diagnostic.fundingCaveat}</p>
      <Folded
        summary={`Les ${count} pistes de financement que cite le guide pour vos actions`}
        printed={diagnostic.funding.map((f) => (
          <p key={f.category}>
            <strong>{f.title}</strong>
            {'\u202f'}:{' '}
            {f.leads.length === 0
              ? 'le guide ne cite pas de financement propre à ces actions.'
              : f.leads.map((l) => l.name + dated(l)).join('\u202f; ')}
            .
          </p>
        ))}
      >
        {diagnostic.funding.map((f) => (
          <div key={f.category}>
            <h3>{f.title}</h3>
            {f.leads.length === 0 && <p>Le guide ne cite pas de financement propre à ces actions.</p>}
            <ul>
              {f.leads.map((l) => (
                <li key={l.id}>
                  <strong>
                    <WithAbbreviations text={l.name} />
                  </strong>
                  {dated(l)}
                  {'\u202f'}: <WithAbbreviations text={l.what} /> <GuideSource source={l.source} />
                </li>
              ))}
            </ul>
          </div>
        ))}
      </Folded>
    </section>
  );
}
