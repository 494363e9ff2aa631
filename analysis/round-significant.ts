/**
 * `x` rounded to `digits` significant figures (437 300 → 440 000, 2.46 → 2.5, 0.0349 →
 * 0.035), half away from zero. Published magnitudes are rounded so that a statistic of a
 * small group does not carry any one respondent's exact value.
 * Degenerate inputs: 0 stays 0; a non-finite number, or fewer than one digit, gives null.
 */
export function roundSignificant(x: number, digits = 2): number | null {
  if (!Number.isFinite(x) || !(digits >= 1)) return null;
  if (x === 0) return 0;
  const magnitude = Math.floor(Math.log10(Math.abs(x)));
  const scale = 10 ** (digits - 1 - magnitude);
  // Rounded through a string so that binary noise (2.45 stored as 2.4499…) rounds as written.
  const rounded = Math.sign(x) * Math.round(Number((Math.abs(x) * scale).toPrecision(15))) / scale;
  return Number(rounded.toPrecision(digits));
}
