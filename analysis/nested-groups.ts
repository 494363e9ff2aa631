export interface Overlap {
  /** Size of a group of another breakdown. */
  n: number;
  /** How many members it shares with each group of this breakdown, by key (absent: none). */
  shared: Readonly<Record<string, number>>;
}

/**
 * The groups of a breakdown that another breakdown's group nearly contains, or nearly
 * fits in: one holds the other and they differ by 1 to k − 1 responses. Both published,
 * the difference of their figures would be those few responses' answers (the régions that
 * answered against the collectivities of over a million inhabitants, say). Such groups are
 * withheld, like small ones. Another breakdown's groups of fewer than k members are never
 * published, so they are not compared with.
 * Degenerate inputs: no group or no other breakdown gives an empty set; equal groups
 * (a difference of 0) isolate nobody and are kept.
 */
export function nestedGroups(groups: readonly { key: string; n: number }[], others: readonly Overlap[], k: number): Set<string> {
  const out = new Set<string>();
  const isolates = (d: number) => d > 0 && d < k;
  for (const g of groups) {
    if (g.n <= 0) continue;
    for (const o of others) {
      if (o.n < k) continue;
      const shared = o.shared[g.key] ?? 0;
      if ((shared === g.n && isolates(o.n - g.n)) || (shared === o.n && isolates(g.n - o.n))) {
        out.add(g.key);
        break;
      }
    }
  }
  return out;
}
