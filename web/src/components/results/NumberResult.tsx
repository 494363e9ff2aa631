import { formatInteger } from '../../format';
import type { ResultOf, ResultRenderer } from './renderer';
import { StatsLine } from './shared';

/** A number typed in: how many answered, and the statistics of their answers. */
export const NumberResult: ResultRenderer<ResultOf<'number'>> = ({ result }) => (
  <>
    <p className="base">{formatInteger(result.base)} répondants</p>
    <StatsLine stats={result.stats} />
  </>
);
