/**
 * The guide's percent: an integer, 100 × count / base rounded half up (7/15 → 47, 1/8 → 13).
 * Computed in integers so that exact halves are never lost to floating point.
 * Degenerate input: a base of 0 has no percent (null).
 */
export function percent(count: number, base: number): number | null {
  if (base <= 0) return null;
  return Math.floor((200 * count + base) / (2 * base));
}
