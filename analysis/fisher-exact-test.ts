function logFactorials(n: number): Float64Array {
  const table = new Float64Array(n + 1);
  for (let i = 2; i <= n; i++) table[i] = table[i - 1]! + Math.log(i);
  return table;
}

/**
 * Two-sided Fisher exact test on the 2×2 table [[a, b], [c, d]] (for us: chose the code or
 * not, in campaign 1 and campaign 2). Exact, so valid at the small counts of our surveys
 * where a chi-squared approximation is not. Returns the p-value: the probability, with the
 * margins fixed, of a table at most as likely as the one observed.
 * Degenerate inputs: an empty row or column gives p = 1 (nothing to compare).
 */
export function fisherExactTest(a: number, b: number, c: number, d: number): number {
  const row1 = a + b;
  const row2 = c + d;
  const col1 = a + c;
  const n = row1 + row2;
  if (row1 === 0 || row2 === 0 || col1 === 0 || col1 === n) return 1;
  const lf = logFactorials(n);
  const logP = (x: number) =>
    lf[row1]! + lf[row2]! + lf[col1]! + lf[n - col1]! - lf[n]! - lf[x]! - lf[row1 - x]! - lf[col1 - x]! - lf[row2 - col1 + x]!;
  const observed = logP(a);
  let p = 0;
  for (let x = Math.max(0, col1 - row2); x <= Math.min(row1, col1); x++) {
    const lp = logP(x);
    // Relative tolerance, as R does, so that tables as likely as the observed one count.
    if (lp <= observed + 1e-7) p += Math.exp(lp);
  }
  return Math.min(1, p);
}
