import { describe, expect, it } from 'vitest';
import { formatClockTime, formatLastDay } from '../../web/src/fill/french-dates.js';

describe('French times and dates of the fill pages', () => {
  it('says the time of a save as French writes it, in Paris, winter and summer', () => {
    expect(formatClockTime(new Date('2026-11-23T13:32:00Z'))).toBe('14\u00a0h\u00a032');
    expect(formatClockTime(new Date('2026-07-01T07:05:00Z'))).toBe('9\u00a0h\u00a005');
    expect(formatClockTime(new Date('2026-07-01T22:00:00Z'))).toBe('0\u00a0h\u00a000');
  });

  it('gives the last day answers are taken: a campaign closing at midnight in Paris ends the day before', () => {
    expect(formatLastDay('2027-03-16T00:00:00+01:00')).toBe('15 mars 2027');
    expect(formatLastDay('2027-03-15T23:00:00Z')).toBe('15 mars 2027');
    expect(formatLastDay('2027-03-15T12:00:00Z')).toBe('15 mars 2027');
  });
});
