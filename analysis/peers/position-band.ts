export type PositionBand = 'q1' | 'q2' | 'q3' | 'q4';

/**
 * Where a value stands against its peers' published (rounded) quartiles: 'q1' below q1,
 * 'q2' from q1 to the median, 'q3' from the median to q3, 'q4' above q3. A band, not a
 * rank: moving one's own value cannot find a peer's exact value, only the published
 * quartiles the reader already sees.
 * Degenerate inputs: no value, or no quartiles (no peer answered), gives null.
 */
export function positionBand(
  value: number | null,
  quartiles: { q1: number | null; median: number | null; q3: number | null },
): PositionBand | null {
  const { q1, median, q3 } = quartiles;
  if (value === null || q1 === null || median === null || q3 === null) return null;
  if (value < q1) return 'q1';
  if (value <= median) return 'q2';
  if (value <= q3) return 'q3';
  return 'q4';
}
