import type { CategoryCode, Guide } from '../../surveys/guide/load-guide.js';

/**
 * The action categories a typology answer carries out or plans (rows answered `realisee` or
 * `prevue`), in the guide's order. `categoryOfRow` gives each row's category, as the
 * instrument's typology does. Degenerate inputs: no answer, or only `non`, gives none.
 */
export function activeCategories(
  guide: Guide,
  typology: Readonly<Record<string, unknown>> | undefined,
  categoryOfRow: Readonly<Record<string, string>>,
): CategoryCode[] {
  const active = new Set<string>();
  for (const [row, value] of Object.entries(typology ?? {})) {
    if (value === 'realisee' || value === 'prevue') {
      const category = categoryOfRow[row];
      if (category) active.add(category);
    }
  }
  return guide.typology.categories.map((c) => c.code).filter((c) => active.has(c));
}

/**
 * The categories whose practical sheets, funding, indicators and good practices are shown:
 * those the collectivity names, or all three when it names none, so that nobody leaves
 * empty-handed.
 */
export function shownCategories(guide: Guide, active: readonly CategoryCode[]): CategoryCode[] {
  return active.length > 0 ? [...active] : guide.typology.categories.map((c) => c.code);
}

/** A category's name in the guide's typology (e.g. « Coopération »). */
export function categoryName(guide: Guide, code: CategoryCode): string {
  return guide.typology.categories.find((c) => c.code === code)?.name ?? code;
}
