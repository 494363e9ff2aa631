import { percent } from './percent.js';
import { wilsonInterval } from './wilson-interval.js';

export interface ChoiceDistribution {
  base: number;
  counts: Record<string, number>;
  percents: Record<string, number | null>;
  /** Wilson 95 % interval of each percent, in percent, one decimal. */
  intervals: Record<string, [number, number] | null>;
}

const oneDecimal = (x: number) => Math.round(x * 10) / 10;

/**
 * Counts and percents of every code offered (0 when nobody chose it), on `base`
 * respondents. For a multiple choice the base is the number of respondents who answered,
 * so percents may add up to more than 100. Degenerate input: base 0 gives null percents.
 */
export function choiceDistribution(
  codes: readonly string[],
  counted: Readonly<Record<string, number>>,
  base: number,
): ChoiceDistribution {
  const counts: Record<string, number> = {};
  const percents: Record<string, number | null> = {};
  const intervals: Record<string, [number, number] | null> = {};
  for (const code of codes) {
    const n = counted[code] ?? 0;
    counts[code] = n;
    percents[code] = percent(n, base);
    const ci = wilsonInterval(n, base);
    intervals[code] = ci ? [oneDecimal(ci[0]), oneDecimal(ci[1])] : null;
  }
  return { base, counts, percents, intervals };
}
