/**
 * Benjamini–Hochberg adjusted p-values (the false discovery rate procedure), in the order
 * given: with m tests and p sorted ascending, adjusted p(i) = min over j ≥ i of m·p(j)/j,
 * capped at 1. A test is significant at level α when its adjusted value is below α; among
 * the tests so marked, the expected share of false discoveries is at most α. The same
 * values as R's `p.adjust(p, "BH")`.
 * Degenerate inputs: no test gives an empty list; one test keeps its p-value. A p-value
 * outside [0, 1] or not a number is a programming error and throws.
 */
export function benjaminiHochberg(pValues: readonly number[]): number[] {
  for (const p of pValues) if (!(p >= 0 && p <= 1)) throw new RangeError(`p-value out of [0, 1]: ${p}`);
  const m = pValues.length;
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p || a.i - b.i);
  const adjusted = new Array<number>(m);
  let running = 1;
  for (let rank = m; rank >= 1; rank--) {
    const { p, i } = order[rank - 1]!;
    running = Math.min(running, (m * p) / rank);
    adjusted[i] = running;
  }
  return adjusted;
}
