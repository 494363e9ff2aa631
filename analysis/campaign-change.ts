import { fisherExactTest } from './fisher-exact-test.js';
import { percent } from './percent.js';

export interface CampaignChange {
  from: { count: number; base: number; percent: number | null };
  to: { count: number; base: number; percent: number | null };
  /** Change in percentage points (to − from), null when either base is 0. */
  points: number | null;
  /** Two-sided Fisher exact p-value; null when either base is 0 (no test: nothing to compare with). */
  p: number | null;
}

/**
 * The change of one code's share between two campaigns, with Fisher's exact test (suited to
 * the small counts of our historical surveys). Whether a change is significant is decided
 * over all the tests read together (see `benjaminiHochberg`), never from one p-value alone.
 * Degenerate inputs: a campaign with base 0 gives no test (p null) and no change in points.
 */
export function campaignChange(from: { count: number; base: number }, to: { count: number; base: number }): CampaignChange {
  const a = percent(from.count, from.base);
  const b = percent(to.count, to.base);
  const tested = from.base > 0 && to.base > 0;
  return {
    from: { ...from, percent: a },
    to: { ...to, percent: b },
    points: a === null || b === null ? null : b - a,
    p: tested ? fisherExactTest(from.count, from.base - from.count, to.count, to.base - to.count) : null,
  };
}
