import type { AutodiagnosticScore } from './score-autodiagnostic.js';
import { CATEGORIES, CATEGORY_ADVICE, FUNDING_LEADS, ITEM_ADVICE, type CategoryAdvice, type FundingLead } from './guide-advice.js';
import { STATUS_DONE, STATUS_LABELS, STEPS } from './steps.js';

export interface ItemRecommendation {
  step: string;
  item: string;
  /** The item's status, null when unanswered. */
  status: number | null;
  /** The guide section, e.g. "Fiche B". */
  section: string;
  sectionTitle: string;
  text: string;
}

export interface IndicatorRating {
  code: string;
  acces: number | null;
  pertinence: number | null;
}

export interface Recommendations {
  /** One per item below "réalisé", steps in order, the least advanced items first within a step. */
  items: ItemRecommendation[];
  /** The guide's practical sheets for the categories carried out or planned. */
  categories: CategoryAdvice[];
  /** Indicators of the UA 2014 table, most relevant first, then easiest to obtain. */
  indicators: IndicatorRating[];
  funding: { category: string; leads: FundingLead[] }[];
}

/** The action categories a typology answer carries out or plans (rows answered realisee or prevue). */
export function activeCategories(
  typology: Readonly<Record<string, unknown>> | undefined,
  categoryOfRow: Readonly<Record<string, string>>,
): string[] {
  const active = new Set<string>();
  for (const [row, value] of Object.entries(typology ?? {})) {
    if (value === 'realisee' || value === 'prevue') {
      const category = categoryOfRow[row];
      if (category) active.add(category);
    }
  }
  return CATEGORIES.filter((c) => active.has(c));
}

/**
 * Ranks indicators by relevance (pertinence), then ease of access, both descending; an
 * unrated indicator comes last. Ties keep the table's order.
 */
export function rankIndicators(table: readonly IndicatorRating[]): IndicatorRating[] {
  const v = (x: number | null) => x ?? -Infinity;
  return table
    .map((row, i) => ({ row, i }))
    .sort((a, b) => v(b.row.pertinence) - v(a.row.pertinence) || v(b.row.acces) - v(a.row.acces) || a.i - b.i)
    .map(({ row }) => row);
}

/**
 * The recommendations of a self-diagnosis: every item below "réalisé" with its guide
 * section and a next step; the practical sheets of the categories the collectivity carries
 * out or plans (all three when it names none, so that nobody leaves empty-handed); the
 * `indicatorCount` best-rated indicators; funding leads for those categories.
 */
export function recommend(
  score: AutodiagnosticScore,
  categories: readonly string[],
  indicatorTable: readonly IndicatorRating[],
  indicatorCount = 5,
): Recommendations {
  const items: ItemRecommendation[] = [];
  for (const step of STEPS) {
    const scored = score.steps[step.code];
    if (!scored) continue;
    const pending = Object.entries(scored.items)
      .filter(([, status]) => (status ?? 0) < STATUS_DONE)
      .sort(([, a], [, b]) => (a ?? 0) - (b ?? 0));
    for (const [item, status] of pending) {
      const where = status === null ? 'Non renseigné' : `Aujourd’hui ${STATUS_LABELS[status]}`;
      items.push({
        step: step.code,
        item,
        status,
        section: step.section,
        sectionTitle: step.sectionTitle,
        text: `${where}. ${ITEM_ADVICE[item] ?? 'Reprenez cette étape avec le guide.'}`,
      });
    }
  }
  const chosen = categories.length > 0 ? categories : CATEGORIES;
  return {
    items,
    categories: chosen.map((c) => CATEGORY_ADVICE[c]!).filter(Boolean),
    indicators: rankIndicators(indicatorTable).slice(0, indicatorCount),
    funding: chosen.filter((c) => FUNDING_LEADS[c]).map((c) => ({ category: c, leads: FUNDING_LEADS[c]! })),
  };
}
