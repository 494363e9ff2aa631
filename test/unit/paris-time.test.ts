import { describe, expect, it } from 'vitest';
import { parisDateCell, parisDateTimeText } from '../../api/exports/paris-time.js';
import { fromParisInput, toParisInput, whenInWords } from '../../web/src/components/admin/paris-time.js';

describe('campaign dates typed in Paris time', () => {
  it('are the instants Paris means, in winter (UTC+1) and in summer (UTC+2), whatever the machine’s zone', () => {
    expect(fromParisInput('2027-01-15T18:30')).toBe('2027-01-15T17:30:00.000Z');
    expect(fromParisInput('2027-07-14T09:00')).toBe('2027-07-14T07:00:00.000Z');
    expect(fromParisInput('')).toBeNull();
  });

  it('come back as typed', () => {
    for (const typed of ['2027-01-15T18:30', '2027-07-14T09:00', '2027-03-28T01:59', '2027-03-28T03:00', '2027-12-31T23:59']) {
      expect(toParisInput(fromParisInput(typed))).toBe(typed);
    }
    expect(toParisInput(null)).toBe('');
  });

  it('take an hour the clocks skip as the hour after it, and an hour they repeat as its second time', () => {
    // 28 March 2027: 2 h does not exist in Paris; 31 October 2027: 2 h 30 happens twice.
    expect(fromParisInput('2027-03-28T02:30')).toBe('2027-03-28T01:30:00.000Z');
    expect(fromParisInput('2027-10-31T02:30')).toBe('2027-10-31T01:30:00.000Z');
  });
});

describe('dates in words and in exports', () => {
  it('say the day, « 1er » for the first, and the hour in Paris', () => {
    expect(whenInWords('2026-11-23T13:32:00.000Z')).toBe('23 novembre 2026 à 14\u00a0h\u00a032');
    expect(whenInWords('2027-02-28T23:05:00.000Z')).toBe('1er mars 2027 à 0\u00a0h\u00a005');
  });

  it('write CSV dates as jj/mm/aaaa hh:mm and XLSX cells with Paris’s wall clock', () => {
    expect(parisDateTimeText('2027-07-14T07:00:00.000Z')).toBe('14/07/2027 09:00');
    expect(parisDateCell('2026-11-22T13:32:00.000Z').toISOString()).toBe('2026-11-22T14:32:00.000Z');
  });
});
