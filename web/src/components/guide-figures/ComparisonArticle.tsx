import type { PublishedComparison as Comparison } from '../../api';
import type { QuestionLabels } from '../../labels';
import { FindingTable } from './FindingTable';
import { FlatTable } from './FlatTable';
import { NestedTable } from './NestedTable';

/** One figure or finding of the guide: whether it matches, printed against recomputed, and how the source reads. */
export function ComparisonArticle({ c, labels }: { c: Comparison; labels: Map<string, QuestionLabels> }) {
  const questionLabels = c.question ? labels.get(c.question) : undefined;
  return (
    <article className={`comparison ${c.match ? 'ok' : 'ko'}`} aria-labelledby={`f-${c.id}`}>
      <h3 id={`f-${c.id}`}>
        <span className="verdict">{c.match ? '✓ Concorde' : '✗ Ne concorde pas'}</span> — {c.title}
      </h3>
      {c.type === 'finding' ? (
        <FindingTable c={c} />
      ) : c.statistic === 'median per row and column' ? (
        <NestedTable c={c} labels={questionLabels} />
      ) : (
        <FlatTable c={c} labels={questionLabels} />
      )}
      <details>
        <summary>Lecture du document source</summary>
        <p lang="en">{c.reading}</p>
      </details>
    </article>
  );
}
