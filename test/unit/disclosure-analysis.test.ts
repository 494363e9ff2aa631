import { describe, expect, it } from 'vitest';
import { benjaminiHochberg } from '../../analysis/benjamini-hochberg.js';
import { isDominated } from '../../analysis/dominated-sum.js';
import { positionBand } from '../../analysis/peers/position-band.js';
import { nestedGroups } from '../../analysis/nested-groups.js';
import { roundSignificant } from '../../analysis/round-significant.js';

describe('roundSignificant', () => {
  it('keeps two significant figures, half away from zero', () => {
    expect([437_300, 858_000, 2.46, 2.45, 0.0349, 95, 99.5, -2.45, 12_345_678].map((x) => roundSignificant(x))).toEqual([
      440_000, 860_000, 2.5, 2.5, 0.035, 95, 100, -2.5, 12_000_000,
    ]);
  });
  it('takes other precisions', () => {
    expect([roundSignificant(437_300, 1), roundSignificant(437_300, 3)]).toEqual([400_000, 437_000]);
  });
  it('degenerate inputs: 0 stays 0; non-finite numbers and no digit give null', () => {
    expect([roundSignificant(0), roundSignificant(NaN), roundSignificant(Infinity), roundSignificant(5, 0)]).toEqual([0, null, null, null]);
  });
});

describe('benjaminiHochberg', () => {
  it('reproduces the textbook example (Benjamini & Hochberg 1995, 15 tests): R’s p.adjust(p, "BH")', () => {
    const p = [0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.324, 0.4262, 0.5719, 0.6528, 0.759, 1];
    const expected = [0.0015, 0.003, 0.0095, 0.0356, 0.0603, 0.0639, 0.0639, 0.0645, 0.0765, 0.486, 0.5812, 0.7149, 0.7532, 0.8132, 1];
    const adjusted = benjaminiHochberg(p);
    adjusted.forEach((a, i) => expect(a).toBeCloseTo(expected[i]!, 4));
    // Four discoveries at the 5 % level, as in the paper.
    expect(adjusted.filter((a) => a < 0.05)).toHaveLength(4);
  });
  it('keeps the order given and takes the running minimum from the largest p down', () => {
    expect(benjaminiHochberg([0.01, 0.04, 0.03, 0.005])).toEqual([0.02, 0.04, 0.04, 0.02]);
  });
  it('p = 0,0497 among 30 tests is no longer under 0,05 when the others are not small', () => {
    const p = [0.0497, ...Array.from({ length: 29 }, (_, i) => 0.2 + i * 0.02)];
    expect(benjaminiHochberg(p)[0]).toBeGreaterThan(0.05);
  });
  it('degenerate inputs: none gives none; one keeps its value; out-of-range values throw', () => {
    expect(benjaminiHochberg([])).toEqual([]);
    expect(benjaminiHochberg([0.03])).toEqual([0.03]);
    expect(() => benjaminiHochberg([1.2])).toThrow(RangeError);
    expect(() => benjaminiHochberg([NaN])).toThrow(RangeError);
  });
});

describe('isDominated (85 % rule)', () => {
  it('one value above 85 % of the sum dominates; below does not', () => {
    expect(isDominated({ '900000': 1, '20000': 5 })).toBe(true); // 900 000 / 1 000 000 = 90 %
    expect(isDominated({ '800000': 1, '40000': 5 })).toBe(false); // 800 000 / 1 000 000 = 80 %
    expect(isDominated({ '100': 3 })).toBe(false); // three equal values: 33 % each
  });
  it('the share is a parameter', () => {
    expect(isDominated({ '800000': 1, '40000': 5 }, 0.75)).toBe(true);
  });
  it('degenerate inputs: empty table, zero sum, junk codes', () => {
    expect([isDominated({}), isDominated({ '0': 6 }), isDominated({ abc: 3, '': 2, '5': 0 })]).toEqual([false, false, false]);
  });
});

describe('positionBand', () => {
  const quartiles = { q1: 90_000, median: 180_000, q3: 400_000 };
  it('places a value in its band against the rounded quartiles', () => {
    expect([10_000, 90_000, 180_000, 250_000, 400_000, 900_000].map((v) => positionBand(v, quartiles))).toEqual(['q1', 'q2', 'q2', 'q3', 'q3', 'q4']);
  });
  it('degenerate inputs: no value or no quartiles give null', () => {
    expect(positionBand(null, quartiles)).toBeNull();
    expect(positionBand(5, { q1: null, median: null, q3: null })).toBeNull();
  });
});

describe('nestedGroups (differencing two breakdowns)', () => {
  const groups = [
    { key: 'region', n: 12 },
    { key: 'metropole', n: 5 },
  ];
  it('withholds a group that another breakdown’s published group holds with 1 to k − 1 more responses', () => {
    // « Plus d'un million d'habitants »: the 12 régions and 2 métropoles. Both published, their difference is those 2.
    expect(nestedGroups(groups, [{ n: 14, shared: { region: 12, metropole: 2 } }], 5)).toEqual(new Set(['region']));
  });
  it('withholds a group that holds another breakdown’s published group with 1 to k − 1 more responses', () => {
    expect(nestedGroups(groups, [{ n: 9, shared: { region: 9 } }], 5)).toEqual(new Set(['region']));
  });
  it('keeps groups that differ by k or more, that are equal, or whose counterpart is too small to be published', () => {
    expect(nestedGroups(groups, [{ n: 17, shared: { region: 12, metropole: 5 } }], 5)).toEqual(new Set());
    expect(nestedGroups(groups, [{ n: 12, shared: { region: 12 } }], 5)).toEqual(new Set());
    expect(nestedGroups(groups, [{ n: 1, shared: { metropole: 1 } }], 5)).toEqual(new Set());
  });
  it('degenerate inputs: no group, no other breakdown', () => {
    expect(nestedGroups([], [{ n: 9, shared: {} }], 5)).toEqual(new Set());
    expect(nestedGroups(groups, [], 5)).toEqual(new Set());
  });
});
