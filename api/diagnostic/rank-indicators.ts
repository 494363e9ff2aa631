/** An indicator of the UA 2014 table with its two ratings (1 to 5), null when nobody rated it. */
export interface IndicatorRating {
  code: string;
  acces: number | null;
  pertinence: number | null;
}

/**
 * Ranks indicators by relevance (pertinence), then ease of access, both descending; an
 * unrated indicator comes last. Ties keep the table's order. An empty table gives none.
 */
export function rankIndicators<T extends IndicatorRating>(table: readonly T[]): T[] {
  const v = (x: number | null) => x ?? -Infinity;
  return table
    .map((row, i) => ({ row, i }))
    .sort((a, b) => v(b.row.pertinence) - v(a.row.pertinence) || v(b.row.acces) - v(a.row.acces) || a.i - b.i)
    .map(({ row }) => row);
}
