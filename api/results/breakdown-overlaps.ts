import type { Overlap } from '../../analysis/nested-groups.js';
import type { BreakdownCounts } from '../queries/count-breakdown-overlaps.js';

/** The group of the responses that left the grouping question blank. */
export const NOT_ANSWERED = 'non_renseigne';

/** A breakdown's groups, and the blank answers as one more group when there are some. */
export function withBlankGroup(groups: readonly { grp: string; n: number }[], total: number): { key: string; n: number }[] {
  const out = groups.map((g) => ({ key: g.grp, n: g.n }));
  const blank = total - out.reduce((sum, g) => sum + g.n, 0);
  if (blank > 0) out.push({ key: NOT_ANSWERED, n: blank });
  return out;
}

/**
 * The groups of every other breakdown, each with what it shares with each group of this
 * one, the blank ones included on both sides (a breakdown's blanks are a group too).
 */
export function breakdownOverlaps(counts: BreakdownCounts, groupBy: string, groups: readonly { key: string; n: number }[], total: number): Overlap[] {
  const others = new Set(counts.sizes.map((s) => s.question).filter((q) => q !== groupBy));
  const out: Overlap[] = [];
  for (const question of others) {
    const sizes = counts.sizes.filter((s) => s.question === question);
    const sharedOf = (value: string) => {
      const shared: Record<string, number> = {};
      for (const s of counts.shared) if (s.question === question && s.value === value) shared[s.group] = s.n;
      return shared;
    };
    const answeredShared: Record<string, number> = {};
    for (const { value, n } of sizes) {
      const shared = sharedOf(value);
      const inGroups = Object.values(shared).reduce((a, b) => a + b, 0);
      shared[NOT_ANSWERED] = n - inGroups;
      out.push({ n, shared });
      for (const [g, m] of Object.entries(shared)) answeredShared[g] = (answeredShared[g] ?? 0) + m;
    }
    const answered = sizes.reduce((a, s) => a + s.n, 0);
    if (total - answered > 0) {
      // This other breakdown's blanks: what each group of ours has left once its answers are taken.
      out.push({ n: total - answered, shared: Object.fromEntries(groups.map((g) => [g.key, g.n - (answeredShared[g.key] ?? 0)])) });
    }
  }
  return out;
}
