import type { PublishedComparison as Comparison } from '../../api';
import { WithAbbreviations } from '../../glossary/WithAbbreviations';
import type { QuestionLabels } from '../../labels';
import { FindingValues } from './FindingValues';
import { FlatTable } from './FlatTable';
import { NestedTable } from './NestedTable';

function verdict(c: Comparison): string {
  if (c.type === 'finding') {
    return c.match
      ? '✓ Concorde\u202f: les réponses enregistrées vérifient ce constat du guide.'
      : '✗ Ne concorde pas\u202f: les réponses enregistrées ne vérifient pas ce constat du guide.';
  }
  return c.match
    ? '✓ Concorde\u202f: les valeurs recalculées sont celles que publie le guide.'
    : '✗ Ne concorde pas\u202f: les valeurs recalculées diffèrent de celles que publie le guide.';
}

/**
 * One figure or finding of the guide: our title, the guide's own words quoted, what the
 * service recomputed (a chart and a table, with units and French labels), whether they
 * agree, and how the source was read.
 */
export function ComparisonArticle({ c, labels }: { c: Comparison; labels: Map<string, QuestionLabels> }) {
  const questionLabels = c.question ? labels.get(c.question) : undefined;
  return (
    <article className={`comparison ${c.match ? 'ok' : 'ko'}`} aria-labelledby={`f-${c.id}`} data-comparison={c.id}>
      <h3 id={`f-${c.id}`}>
        <WithAbbreviations text={c.title} />
      </h3>
      <p className="verdict">{verdict(c)}</p>
      <p className="guide-quote">
        {c.type === 'finding' ? 'Le constat du guide' : 'Le guide'} ({c.section}){'\u202f'}:{' '}
        <q>
          <WithAbbreviations text={c.quote} />
        </q>
      </p>
      <p className="unit">
        {c.type === 'finding' ? 'Recalculé par le service' : 'Publié par le guide et recalculé par le service'}, en {c.unit}.
      </p>
      {c.type === 'finding' ? (
        <FindingValues c={c} labels={questionLabels} />
      ) : c.statistic === 'median per row and column' ? (
        <NestedTable c={c} labels={questionLabels} />
      ) : (
        <FlatTable c={c} labels={questionLabels} />
      )}
      <details>
        <summary>{c.type === 'finding' ? 'Ce que le service vérifie' : 'Comment le document source a été lu'}</summary>
        <p>
          <WithAbbreviations text={c.reading} />
        </p>
      </details>
    </article>
  );
}
