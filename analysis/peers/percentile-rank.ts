/**
 * Mid-rank percentile of a value among its peers:
 * 100 × (peers strictly below + ½ × peers equal) / peer count.
 * Degenerate inputs: no peer gives null; one peer gives 0, 50 or 100.
 */
export function percentileRank(value: number, peers: readonly number[]): number | null {
  if (peers.length === 0) return null;
  let below = 0;
  let equal = 0;
  for (const p of peers) {
    if (p < value) below++;
    else if (p === value) equal++;
  }
  return (100 * (below + equal / 2)) / peers.length;
}
