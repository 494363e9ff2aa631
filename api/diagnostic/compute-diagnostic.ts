import { LEVEL_LABELS } from '../../analysis/autodiagnostic/levels.js';
import { scoreAutodiagnostic } from '../../analysis/autodiagnostic/score-autodiagnostic.js';
import { STEPS } from '../../analysis/autodiagnostic/steps.js';
import { loadGuide } from '../../surveys/guide/load-guide.js';
import type { Kysely, Selectable } from 'kysely';
import type { Database, ResponsesTable } from '../db/schema.js';
import { DomainError } from '../domain/domain-error.js';
import type { Catalog, LoadedInstrument } from '../instruments/catalog.js';
import { typologyCategories } from '../instruments/typology.js';
import { autodiagnosticSteps } from '../peers/autodiagnostic-steps.js';
import { computeResults } from '../results/compute-results.js';
import { activeCategories } from './action-categories.js';
import { buildAdvice } from './build-advice.js';
import type { IndicatorRating } from './rank-indicators.js';

/**
 * The UA 2014 medians recomputed from the stored workshop responses, or null when there are
 * none (the guide's printed table is then used).
 */
async function recomputedRatings(db: Kysely<Database>, ua: LoadedInstrument | undefined, k: number): Promise<IndicatorRating[] | null> {
  const campaign = ua?.features.publishedFigures?.campaign;
  if (!ua || !campaign) return null;
  const doc = await computeResults(db, ua.spec, { surveyId: ua.id, campaign }, k);
  const grid = doc.questions.indicateurs;
  if (doc.n === 0 || grid?.kind !== 'matrixdropdown') return null;
  return Object.entries(grid.rows).map(([code, cells]) => ({
    code,
    acces: cells.acces?.stats?.median ?? null,
    pertinence: cells.pertinence?.stats?.median ?? null,
  }));
}

/** The self-diagnosis report of one response: scores, level, and the guide's advice with its sources. */
export async function computeDiagnostic(db: Kysely<Database>, catalog: Catalog, row: Selectable<ResponsesTable>, k: number) {
  const instrument = catalog.get(row.survey_id);
  const feature = instrument?.features.diagnostic;
  if (!instrument || !feature) {
    throw new DomainError('invalide', 'diagnostic_indisponible', 'Le rapport d’autodiagnostic ne concerne que les réponses au questionnaire «\u202fautodiagnostic\u202f».');
  }
  const guide = loadGuide();
  const answers = JSON.parse(row.answers) as Record<string, unknown>;
  const score = scoreAutodiagnostic(autodiagnosticSteps(instrument.spec), answers);
  const categories = activeCategories(guide, answers.typologie_actions as Record<string, unknown> | undefined, typologyCategories(instrument.json));
  const type = typeof answers.collectivite_type === 'string' ? answers.collectivite_type : null;
  const advice = buildAdvice(guide, {
    score,
    collectiviteType: type,
    categories,
    ratings: await recomputedRatings(db, catalog.get(feature.indicatorsFrom), k),
    answers,
  });
  return {
    surveyId: instrument.id,
    /** The workshop whose table of indicators the recommendations draw on. */
    indicatorsFrom: feature.indicatorsFrom,
    status: row.status,
    collectiviteType: type,
    steps: Object.fromEntries(STEPS.map((s) => [s.code, { ...score.steps[s.code]!, section: s.section, title: s.sectionTitle }])),
    overall: score.overall,
    level: score.level,
    levelLabel: LEVEL_LABELS[score.level],
    ...advice,
  };
}
