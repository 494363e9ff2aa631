import { summaryStats } from '../summary-stats.js';
import { percentileRank } from './percentile-rank.js';

export interface NumberComparison {
  value: number | null;
  peerMedian: number | null;
  q1: number | null;
  q3: number | null;
  /** Where the value stands among the peers who answered (mid-rank); null without a value. */
  percentileRank: number | null;
  /** How many peers answered. */
  peerCount: number;
}

/** A number of this collectivity against the same number of its peers. Degenerate: no peer value gives null statistics. */
export function compareNumber(value: number | null, peers: readonly number[]): NumberComparison {
  const stats = summaryStats(peers);
  return {
    value,
    peerMedian: stats?.median ?? null,
    q1: stats?.q1 ?? null,
    q3: stats?.q3 ?? null,
    percentileRank: value === null ? null : percentileRank(value, peers),
    peerCount: peers.length,
  };
}
