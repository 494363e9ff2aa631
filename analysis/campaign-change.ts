import { fisherExactTest } from './fisher-exact-test.js';
import { percent } from './percent.js';

export interface CampaignChange {
  from: { count: number; base: number; percent: number | null };
  to: { count: number; base: number; percent: number | null };
  /** Change in percentage points (to − from), null when either base is 0. */
  points: number | null;
  /** Two-sided Fisher exact p-value. */
  p: number;
  significant: boolean;
}

/**
 * The change of one code's share between two campaigns, tested with Fisher's exact test
 * (suited to the small counts of our historical surveys). Significant when p < alpha.
 * Degenerate inputs: a campaign with base 0 gives p = 1, never significant.
 */
export function campaignChange(
  from: { count: number; base: number },
  to: { count: number; base: number },
  alpha = 0.05,
): CampaignChange {
  const p = fisherExactTest(from.count, from.base - from.count, to.count, to.base - to.count);
  const a = percent(from.count, from.base);
  const b = percent(to.count, to.base);
  return {
    from: { ...from, percent: a },
    to: { ...to, percent: b },
    points: a === null || b === null ? null : b - a,
    p,
    significant: p < alpha,
  };
}
