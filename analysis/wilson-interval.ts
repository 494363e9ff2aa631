/**
 * Wilson score interval for a proportion count/base, in percent (0–100, not rounded), at
 * 95 % by default (z = 1.96). Unlike the normal approximation it stays inside [0, 100] and
 * behaves at small bases and at 0 % or 100 %, which is what our groups of 5 to 20 need.
 * Degenerate input: a base of 0 has no interval (null).
 */
export function wilsonInterval(count: number, base: number, z = 1.959963984540054): [number, number] | null {
  if (base <= 0) return null;
  const p = count / base;
  const z2 = z * z;
  const centre = p + z2 / (2 * base);
  const margin = z * Math.sqrt((p * (1 - p)) / base + z2 / (4 * base * base));
  const denominator = 1 + z2 / base;
  // At 0 % and 100 % the bound is exactly 0 or 100; computed, it may miss by a rounding error.
  const lo = count === 0 ? 0 : Math.max(0, (centre - margin) / denominator);
  const hi = count === base ? 1 : Math.min(1, (centre + margin) / denominator);
  return [100 * lo, 100 * hi];
}
