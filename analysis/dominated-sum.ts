/**
 * Whether one value dominates a group's sum: the largest value exceeds `share` (85 % by
 * default) of the sum of all values, given as a frequency table ({"250000": 2, …}). Then a
 * published mean (sum ÷ n) tells that respondent's value almost exactly, to anyone who can
 * guess the others' small part, so it is withheld.
 * Degenerate inputs: an empty table or a sum of zero or less is not dominated (there is no
 * magnitude to disclose); codes that are not numbers and counts of 0 or less are ignored.
 */
export function isDominated(counts: Readonly<Record<string, number>>, share = 0.85): boolean {
  let sum = 0;
  let largest = -Infinity;
  for (const [code, n] of Object.entries(counts)) {
    const value = Number(code);
    if (code.trim() === '' || !Number.isFinite(value) || !(n > 0)) continue;
    sum += value * n;
    if (value > largest) largest = value;
  }
  return sum > 0 && largest > share * sum;
}
