import { formatInteger } from '../../format';
import { BarChart } from '../BarChart';
import type { ResultOf, ResultRenderer } from './renderer';
import { DistTable, label, StatsLine } from './shared';

/** A single choice, a multiple choice or a rating: one bar per code, in percent of the base. */
export const ChoiceResult: ResultRenderer<ResultOf<'choice' | 'multi' | 'rating'>> = ({ result, labels }) => {
  const title = labels?.title ?? '';
  const bars = Object.keys(result.counts).map((code) => ({ label: label(labels?.choices, code), value: result.percents[code] ?? null }));
  return (
    <>
      <p className="base">
        {formatInteger(result.base)} répondants{result.kind === 'multi' ? ' (plusieurs réponses possibles)' : ''}
      </p>
      <BarChart bars={bars} title={title} />
      <StatsLine stats={result.stats} />
      <details>
        <summary>Voir les chiffres</summary>
        <DistTable dist={result} labels={labels?.choices ?? new Map()} caption={title} />
      </details>
    </>
  );
};
