import type { CategoryCode, Guide } from '../../surveys/guide/load-guide.js';
import { cite } from '../guide/cite.js';
import { rankIndicators, type IndicatorRating } from './rank-indicators.js';

/**
 * The indicators to follow: first the economic indicators that Fiches pratiques 1–3 name for
 * the given categories (the sheet's own « Combien ? »), in the guide's order; then the
 * `uaCount` best of the UA 2014 table, by relevance then ease of access. `ratings` are the
 * medians recomputed from the stored workshop responses, or null to use the table the guide
 * prints. The economic indicators carry no rating: the guide gives none.
 */
export function suggestIndicators(guide: Guide, categories: readonly CategoryCode[], ratings: readonly IndicatorRating[] | null, uaCount = 5) {
  const economic = guide.indicators.economic
    .filter((i) => categories.includes(i.category))
    .map((i) => ({
      code: i.code,
      label: i.label,
      kind: 'economique' as const,
      category: i.category as CategoryCode | null,
      acces: null as number | null,
      pertinence: null as number | null,
      section: i.section,
      ...cite(i),
    }));
  const rated = new Map((ratings ?? []).map((r) => [r.code, r]));
  const table = guide.indicators.ua2014.groups.flatMap((g) =>
    g.rows.map((row) => ({
      code: row.code,
      label: row.label,
      kind: 'ua2014' as const,
      category: null as CategoryCode | null,
      acces: ratings ? (rated.get(row.code)?.acces ?? null) : row.acces,
      pertinence: ratings ? (rated.get(row.code)?.pertinence ?? null) : row.pertinence,
      section: row.section,
      ...cite(row),
    })),
  );
  return [...economic, ...rankIndicators(table).slice(0, uaCount)];
}
