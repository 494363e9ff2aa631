import { LEVEL_LABELS } from '../../analysis/autodiagnostic/levels.js';
import { activeCategories, recommend, type IndicatorRating } from '../../analysis/autodiagnostic/recommend.js';
import { scoreAutodiagnostic } from '../../analysis/autodiagnostic/score-autodiagnostic.js';
import { STEPS } from '../../analysis/autodiagnostic/steps.js';
import type { Kysely, Selectable } from 'kysely';
import type { Database, ResponsesTable } from '../db/schema.js';
import { DomainError } from '../domain/domain-error.js';
import type { Catalog, LoadedInstrument } from '../instruments/catalog.js';
import { typologyCategories } from '../instruments/typology.js';
import { autodiagnosticSteps } from '../peers/autodiagnostic-steps.js';
import { computeResults } from '../results/compute-results.js';
import { loadPublishedFigures } from '../results/published-figures.js';

/**
 * The UA 2014 table of indicators: the medians recomputed from the stored workshop
 * responses when there are some, otherwise the guide's printed table.
 */
async function indicatorTable(db: Kysely<Database>, ua: LoadedInstrument | undefined, k: number): Promise<IndicatorRating[]> {
  const campaign = ua?.features.publishedFigures?.campaign;
  if (ua && campaign) {
    const doc = await computeResults(db, ua.spec, { surveyId: ua.id, campaign }, k);
    const grid = doc.questions.indicateurs;
    if (doc.n > 0 && grid?.kind === 'matrixdropdown') {
      return Object.entries(grid.rows).map(([code, cells]) => ({
        code,
        acces: cells.acces?.stats?.median ?? null,
        pertinence: cells.pertinence?.stats?.median ?? null,
      }));
    }
  }
  const printed = loadPublishedFigures().figures.find((f) => f.survey === ua?.id && f.question === 'indicateurs')?.printed ?? {};
  return Object.entries(printed as Record<string, { acces: number; pertinence: number }>).map(([code, v]) => ({ code, ...v }));
}

/** The self-diagnosis report of one response: scores, level, and recommendations into the guide. */
export async function computeDiagnostic(db: Kysely<Database>, catalog: Catalog, row: Selectable<ResponsesTable>, k: number) {
  const instrument = catalog.get(row.survey_id);
  const feature = instrument?.features.diagnostic;
  if (!instrument || !feature) {
    throw new DomainError('invalide', 'diagnostic_indisponible', 'Le rapport d’autodiagnostic ne concerne que les réponses au questionnaire « autodiagnostic ».');
  }
  const ua = catalog.get(feature.indicatorsFrom);
  const answers = JSON.parse(row.answers) as Record<string, unknown>;
  const score = scoreAutodiagnostic(autodiagnosticSteps(instrument.spec), answers);
  const categories = activeCategories(answers.typologie_actions as Record<string, unknown> | undefined, typologyCategories(instrument.json));
  const recommendations = recommend(score, categories, await indicatorTable(db, ua, k));
  return {
    surveyId: instrument.id,
    /** The workshop whose table of indicators the recommendations draw on (its labels name them). */
    indicatorsFrom: feature.indicatorsFrom,
    status: row.status,
    steps: Object.fromEntries(
      STEPS.map((s) => [s.code, { ...score.steps[s.code]!, section: s.section, title: s.sectionTitle }]),
    ),
    overall: score.overall,
    level: score.level,
    levelLabel: LEVEL_LABELS[score.level],
    recommendations: recommendations.items,
    categories: recommendations.categories,
    indicators: recommendations.indicators,
    funding: recommendations.funding,
  };
}
