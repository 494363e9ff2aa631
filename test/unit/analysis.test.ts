import { describe, expect, it } from 'vitest';
import { campaignChange } from '../../analysis/campaign-change.js';
import { choiceDistribution } from '../../analysis/choice-distribution.js';
import { fisherExactTest } from '../../analysis/fisher-exact-test.js';
import { percent } from '../../analysis/percent.js';
import { summaryStats } from '../../analysis/summary-stats.js';
import { suppressGroups } from '../../analysis/suppress-groups.js';
import { statsFromFrequencies } from '../../analysis/frequency-stats.js';
import { seededRandom } from '../../api/seed/random.js';
import { wilsonInterval } from '../../analysis/wilson-interval.js';

describe('percent (round half up)', () => {
  it('follows the guide: 6/15 → 40, 7/15 → 47, 6/13 → 46, 1/8 → 13, 1/40 → 3', () => {
    expect([percent(6, 15), percent(7, 15), percent(6, 13), percent(1, 8), percent(1, 40), percent(0, 5), percent(5, 5)]).toEqual([
      40, 47, 46, 13, 3, 0, 100,
    ]);
  });
  it('has no percent on an empty base', () => {
    expect(percent(0, 0)).toBeNull();
  });
});

describe('summaryStats', () => {
  it('empty → null; one value → that value everywhere', () => {
    expect(summaryStats([])).toBeNull();
    expect(summaryStats([3])).toEqual({ mean: 3, median: 3, q1: 3, q3: 3, min: 3, max: 3 });
  });
  it('median of an even count is the mean of the two middle values (2,5)', () => {
    expect(summaryStats([1, 2, 3, 4])!.median).toBe(2.5);
    expect(summaryStats([3, 1, 2])!.median).toBe(2);
  });
  it('mean, quartiles by linear interpolation, min, max on an unsorted list', () => {
    expect(summaryStats([5, 0, 1, 2, 3, 1, 2, 4])).toEqual({ mean: 2.25, median: 2, q1: 1, q3: 3.25, min: 0, max: 5 });
  });
});

describe('statsFromFrequencies', () => {
  it('equals summaryStats on the expanded values, for random tables', () => {
    const random = seededRandom(3);
    for (let t = 0; t < 200; t++) {
      const counts: Record<string, number> = {};
      const values: number[] = [];
      const distinct = 1 + Math.floor(random() * 8);
      for (let d = 0; d < distinct; d++) {
        const v = Math.round(random() * 1000) / 10;
        const n = 1 + Math.floor(random() * 5);
        counts[String(v)] = (counts[String(v)] ?? 0) + n;
        for (let i = 0; i < n; i++) values.push(v);
      }
      const a = statsFromFrequencies(counts)!;
      const b = summaryStats(values)!;
      for (const k of ['mean', 'median', 'q1', 'q3', 'min', 'max'] as const) expect(a[k]).toBeCloseTo(b[k], 9);
    }
  });
  it('ignores non-numeric codes and empty counts; empty → null; one value everywhere', () => {
    expect(statsFromFrequencies({ oui: 4, '3': 0 })).toBeNull();
    expect(statsFromFrequencies({})).toBeNull();
    expect(statsFromFrequencies({ '2.5': 1 })).toEqual({ mean: 2.5, median: 2.5, q1: 2.5, q3: 2.5, min: 2.5, max: 2.5 });
    expect(statsFromFrequencies({ '2': 6, '3': 6 })!.median).toBe(2.5);
  });
});

describe('wilsonInterval', () => {
  it('matches the textbook values', () => {
    const [lo, hi] = wilsonInterval(6, 15)!;
    expect(lo).toBeCloseTo(19.82, 1);
    expect(hi).toBeCloseTo(64.25, 1);
    const [lo0, hi0] = wilsonInterval(0, 10)!;
    expect(lo0).toBe(0);
    expect(hi0).toBeCloseTo(27.75, 1);
    const [, hi1] = wilsonInterval(10, 10)!;
    expect(hi1).toBe(100);
  });
  it('has no interval on an empty base', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
  });
});

describe('choiceDistribution', () => {
  it('lists every code, with 0 for the unchosen ones', () => {
    const d = choiceDistribution(['nsp', 'chine', 'maroc'], { nsp: 6, chine: 3 }, 15);
    expect(d.counts).toEqual({ nsp: 6, chine: 3, maroc: 0 });
    expect(d.percents).toEqual({ nsp: 40, chine: 20, maroc: 0 });
    expect(d.intervals.nsp).toEqual([19.8, 64.3]);
  });
  it('on an empty base gives zero counts and null percents', () => {
    const d = choiceDistribution(['a'], {}, 0);
    expect(d).toMatchObject({ base: 0, counts: { a: 0 }, percents: { a: null }, intervals: { a: null } });
  });
});

describe('suppressGroups', () => {
  it('withholds a group of 4 and shows a group of 5', () => {
    expect([...suppressGroups([{ key: 'a', n: 4 }], 5)]).toEqual(['a']);
    expect([...suppressGroups([{ key: 'a', n: 5 }], 5)]).toEqual([]);
  });
  it('withholds the next smallest group when one group alone is withheld', () => {
    const s = suppressGroups(
      [
        { key: 'region', n: 12 },
        { key: 'commune', n: 3 },
        { key: 'metropole', n: 7 },
        { key: 'departement', n: 9 },
      ],
      5,
    );
    expect([...s].sort()).toEqual(['commune', 'metropole']);
  });
  it('keeps withholding while the withheld groups together count fewer than k', () => {
    const s = suppressGroups(
      [
        { key: 'a', n: 1 },
        { key: 'b', n: 1 },
        { key: 'c', n: 6 },
        { key: 'd', n: 8 },
      ],
      5,
    );
    expect([...s].sort()).toEqual(['a', 'b', 'c']);
  });
  it('needs no secondary suppression when two withheld groups reach k together', () => {
    expect([...suppressGroups([{ key: 'a', n: 3 }, { key: 'b', n: 4 }, { key: 'c', n: 9 }], 5)].sort()).toEqual(['a', 'b']);
  });
  it('no group → nothing withheld', () => {
    expect(suppressGroups([], 5).size).toBe(0);
  });
});

describe('fisherExactTest', () => {
  it('matches R fisher.test on known tables', () => {
    // fisher.test(matrix(c(3,1,1,3),2)) p = 0.4857
    expect(fisherExactTest(3, 1, 1, 3)).toBeCloseTo(0.4857, 4);
    // fisher.test(matrix(c(10,2,3,15),2)) p = 0.0005367
    expect(fisherExactTest(10, 2, 3, 15)).toBeCloseTo(0.000537, 5);
    // The tea-tasting table of Fisher: p = 0.4857 as well, and a table with a zero margin: 1.
    expect(fisherExactTest(0, 0, 3, 4)).toBe(1);
  });
});

describe('campaignChange', () => {
  it('tests a large change at small counts with a small p-value, a small change with a large one', () => {
    const big = campaignChange({ count: 2, base: 15 }, { count: 180, base: 240 });
    expect(big.points).toBe(62);
    expect(big.p).toBeLessThan(0.001);
    const small = campaignChange({ count: 7, base: 15 }, { count: 120, base: 240 });
    expect(small.p).toBeGreaterThan(0.5);
    expect(small.points).toBe(3);
  });
  it('runs no test when a campaign has no respondent', () => {
    expect(campaignChange({ count: 0, base: 0 }, { count: 3, base: 10 })).toMatchObject({ p: null, points: null });
    expect(campaignChange({ count: 3, base: 10 }, { count: 0, base: 0 })).toMatchObject({ p: null, points: null });
  });
});
