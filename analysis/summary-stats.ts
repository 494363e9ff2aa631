import { max, mean, median, min, quantileSorted } from 'simple-statistics';

export interface SummaryStats {
  mean: number;
  median: number;
  q1: number;
  q3: number;
  min: number;
  max: number;
}

/**
 * Mean, median (the middle value, or the mean of the two middle values: the guide's
 * convention), quartiles (linear interpolation between order statistics, the default of R
 * and NumPy, as simple-statistics computes them), minimum and maximum.
 * Degenerate inputs: no value gives null; one value gives that value for every statistic.
 */
export function summaryStats(values: readonly number[]): SummaryStats | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return {
    mean: mean(sorted),
    median: median(sorted),
    q1: quantileSorted(sorted, 0.25),
    q3: quantileSorted(sorted, 0.75),
    min: min(sorted),
    max: max(sorted),
  };
}
