export interface GroupSize {
  key: string;
  n: number;
}

/**
 * Which groups of a breakdown must be withheld. Primary suppression: every group with fewer
 * than k members, and those the caller already withholds for another reason (`withheldAlready`).
 * Secondary suppression, because the total is published: if the withheld
 * groups could be recovered by subtracting the others from the total (a single withheld
 * group), or together count fewer than k (their sum would single someone out), the next
 * smallest published group is withheld too, until neither holds or nothing is left.
 * Degenerate inputs: no group gives an empty set; empty groups (n = 0) are never listed.
 */
export function suppressGroups(groups: readonly GroupSize[], k: number, withheldAlready: ReadonlySet<string> = new Set()): Set<string> {
  const present = groups.filter((g) => g.n > 0);
  const withheld = new Set(present.filter((g) => g.n < k || withheldAlready.has(g.key)).map((g) => g.key));
  if (withheld.size === 0) return withheld;
  const shown = present.filter((g) => !withheld.has(g.key)).sort((a, b) => a.n - b.n || a.key.localeCompare(b.key));
  const withheldTotal = () => present.filter((g) => withheld.has(g.key)).reduce((sum, g) => sum + g.n, 0);
  while (shown.length > 0 && (withheld.size === 1 || withheldTotal() < k)) {
    withheld.add(shown.shift()!.key);
  }
  return withheld;
}
