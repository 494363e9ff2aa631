import type { SummaryStats } from './summary-stats.js';

/**
 * The statistics of summaryStats, computed from a frequency table of numeric values
 * ({"0": 3, "2.5": 1} stands for 0, 0, 0, 2.5) without expanding it: the order statistics
 * are found by walking the cumulative counts. Same conventions: median of an even count is
 * the mean of the two middle values, quartiles interpolate linearly between order
 * statistics (R and NumPy's default). Codes that are not numbers, and counts of 0 or less,
 * are ignored. Degenerate inputs: no value gives null; one value gives it everywhere.
 */
export function statsFromFrequencies(counts: Readonly<Record<string, number>>): SummaryStats | null {
  const table: [number, number][] = [];
  for (const [code, n] of Object.entries(counts)) {
    const value = Number(code);
    if (code.trim() === '' || !Number.isFinite(value) || !(n > 0)) continue;
    table.push([value, n]);
  }
  if (table.length === 0) return null;
  table.sort((a, b) => a[0] - b[0]);
  const total = table.reduce((s, [, n]) => s + n, 0);
  const sum = table.reduce((s, [v, n]) => s + v * n, 0);

  /** The k-th smallest value, 0-based. */
  const at = (k: number): number => {
    let seen = 0;
    for (const [value, n] of table) {
      seen += n;
      if (k < seen) return value;
    }
    return table[table.length - 1]![0];
  };
  const quantile = (p: number): number => {
    const idx = (total - 1) * p;
    const lower = Math.floor(idx);
    const fraction = idx - lower;
    const lo = at(lower);
    return fraction === 0 ? lo : lo + fraction * (at(lower + 1) - lo);
  };
  const middle = total >> 1;
  return {
    mean: sum / total,
    median: total % 2 ? at(middle) : (at(middle - 1) + at(middle)) / 2,
    q1: quantile(0.25),
    q3: quantile(0.75),
    min: table[0]![0],
    max: table[table.length - 1]![0],
  };
}
