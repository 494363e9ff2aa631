import type { AutodiagnosticScore } from '../../analysis/autodiagnostic/score-autodiagnostic.js';
import type { CategoryCode, Guide } from '../../surveys/guide/load-guide.js';
import { actorsView } from '../guide/actors-view.js';
import { shownCategories } from './action-categories.js';
import { echelons } from './echelons.js';
import { fundingLeads } from './funding-leads.js';
import { goodPractices } from './good-practices.js';
import { levelsOfType } from './levels-of-type.js';
import type { IndicatorRating } from './rank-indicators.js';
import { recommendItems } from './recommend-items.js';
import { sheetAdvice } from './sheet-advice.js';
import { suggestIndicators } from './suggest-indicators.js';
import { trainingNeeds } from './training-needs.js';

export interface AdviceInput {
  score: AutodiagnosticScore;
  /** The answered `collectivite_type`, null when unanswered. */
  collectiviteType: string | null;
  /** The categories the collectivity carries out or plans (`activeCategories`). */
  categories: readonly CategoryCode[];
  /** The UA 2014 medians recomputed from stored workshop responses; null to use the guide's table. */
  ratings: readonly IndicatorRating[] | null;
  /** The response's answers, for the optional skills matrices. */
  answers: Readonly<Record<string, unknown>>;
}

/**
 * Everything the self-diagnosis advises, built from the guide's data alone, each piece with
 * its `source`: recommendations per item (tailored to the collectivity's level and action
 * categories), practical sheets, indicators, funding leads, good practices, the guide's
 * level-by-level view, who does what at export, and the skills to work on. Pure.
 */
export function buildAdvice(guide: Guide, input: AdviceInput) {
  const levels = levelsOfType(guide, input.collectiviteType);
  const shown = shownCategories(guide, input.categories);
  return {
    actionCategories: { active: [...input.categories], shown, named: input.categories.length > 0 },
    recommendations: recommendItems(guide, input.score, { levels, categories: input.categories }),
    categories: sheetAdvice(guide, shown),
    indicators: suggestIndicators(guide, shown, input.ratings),
    indicatorRatings: input.ratings ? ('recalculees' as const) : ('guide' as const),
    funding: fundingLeads(guide, shown),
    fundingCaveat: guide.funding.caveat,
    examples: goodPractices(guide, shown),
    echelons: echelons(guide, levels),
    actors: actorsView(guide),
    training: trainingNeeds(guide, input.answers),
  };
}
