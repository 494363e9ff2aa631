import type { CategoryCode, Guide } from '../../surveys/guide/load-guide.js';
import { cite } from '../guide/cite.js';

/**
 * Examples to look at: the FOCUS good practices of the practical sheets of the given
 * categories, the FOCUS of the strategy sheets (for everyone), then the collectivities the
 * Kit de survie calls innovative. `category` is null for those not tied to one category.
 */
export function goodPractices(guide: Guide, categories: readonly CategoryCode[]) {
  const ofSheets = guide.practicalSheets
    .filter((s) => categories.includes(s.category))
    .flatMap((s) => s.focus.map((f) => ({ id: f.id, who: f.who, what: f.what, summary: f.summary, category: s.category as CategoryCode | null, section: f.section, ...cite(f) })));
  const ofStrategy = guide.strategy.sheets.flatMap((s) =>
    s.focus.map((f) => ({ id: f.id, who: f.who, what: f.what, summary: f.summary, category: null as CategoryCode | null, section: f.section, ...cite(f) })),
  );
  const innovative = guide.kitDeSurvie.innovativeCollectivities.map((c) => ({
    id: c.id,
    who: c.name,
    what: 'Collectivité innovante',
    summary: c.summary,
    category: null as CategoryCode | null,
    section: c.section,
    ...cite(c),
  }));
  return [...ofSheets, ...ofStrategy, ...innovative];
}
