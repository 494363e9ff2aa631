import { statsFromFrequencies } from '../frequency-stats.js';

export interface NumberComparison {
  value: number | null;
  peerMedian: number | null;
  q1: number | null;
  q3: number | null;
  /** Mid-rank percentile of the value among the peers who answered; null without a value or peers. */
  percentileRank: number | null;
  /** How many peers answered. */
  peerCount: number;
}

/** A frequency table ({"250000": 2, …}) of a list of numbers. */
export function frequencies(values: readonly number[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) out[String(v)] = (out[String(v)] ?? 0) + 1;
  return out;
}

/**
 * A number of this collectivity against the same number of its peers, given as a
 * frequency table (so that it can come straight from pre-aggregated counts).
 * percentileRank = 100 × (peers strictly below + ½ × peers equal) / peer count.
 * Degenerate inputs: no peer value gives null statistics and a null rank.
 */
export function compareNumber(value: number | null, peers: Readonly<Record<string, number>>): NumberComparison {
  const stats = statsFromFrequencies(peers);
  let count = 0;
  let below = 0;
  let equal = 0;
  for (const [code, n] of Object.entries(peers)) {
    const v = Number(code);
    if (!(n > 0) || code.trim() === '' || !Number.isFinite(v)) continue;
    count += n;
    if (value !== null && v < value) below += n;
    else if (value !== null && v === value) equal += n;
  }
  return {
    value,
    peerMedian: stats?.median ?? null,
    q1: stats?.q1 ?? null,
    q3: stats?.q3 ?? null,
    percentileRank: value === null || count === 0 ? null : (100 * (below + equal / 2)) / count,
    peerCount: count,
  };
}
