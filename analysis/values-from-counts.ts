/**
 * Expands a frequency table of numeric codes ({"0": 3, "2": 1}) into the list of values
 * it stands for ([0, 0, 0, 2]), so ratings aggregated by SQL get the same statistics as raw
 * values. Codes that are not numbers are skipped; an empty table gives an empty list.
 */
export function valuesFromCounts(counts: Readonly<Record<string, number>>): number[] {
  const out: number[] = [];
  for (const [code, n] of Object.entries(counts)) {
    const value = Number(code);
    if (code.trim() === '' || !Number.isFinite(value)) continue;
    for (let i = 0; i < n; i++) out.push(value);
  }
  return out;
}
