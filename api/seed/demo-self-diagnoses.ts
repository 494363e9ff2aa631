import type { LoadedInstrument } from '../instruments/catalog.js';
import type { CollectiviteType, Registry } from '../registry/registry.js';
import { autodiagnosticSteps } from '../peers/autodiagnostic-steps.js';
import { clamp, demoTypology, PROPENSITY, rowCategories, sample, type DemoResponse } from './demo-campaign.js';
import { normal, pickWeighted, seededRandom } from './random.js';

/** How many fictitious self-diagnoses of each type: enough for every type to have peers (k = 5). */
const SIZES: Record<CollectiviteType, number> = {
  region: 10,
  departement: 16,
  metropole: 10,
  communaute_urbaine: 8,
  communaute_agglomeration: 16,
  communaute_communes: 16,
  commune: 24,
};

/** How far along each type usually is in building its strategy (0 to 1), before individual variation. */
const MATURITY: Record<CollectiviteType, number> = {
  region: 0.6,
  departement: 0.45,
  metropole: 0.55,
  communaute_urbaine: 0.4,
  communaute_agglomeration: 0.35,
  communaute_communes: 0.25,
  commune: 0.3,
};

/**
 * Fictitious self-diagnoses of real collectivities, deterministic for a seed: each step's
 * items more or less advanced as its type usually is, and the typology's actions. For the
 * demonstration only (SEED=demo), so that a new self-diagnosis has peers to be compared with.
 */
export function demoSelfDiagnoses(instrument: LoadedInstrument, registry: Registry, seed = 2027): DemoResponse[] {
  const random = seededRandom(seed);
  const typology = instrument.spec.questions.get('typologie_actions');
  const categories = rowCategories(instrument);
  return sample(random, registry, SIZES).map((c) => {
    const maturity = clamp(MATURITY[c.type] + normal(random) * 0.15, 0, 1);
    const answers: Record<string, unknown> = {
      collectivite: c.key,
      service_repondant: pickWeighted(random, [['relations_internationales', 0.6], ['developpement_economique', 0.25], ['cabinet_elus', 0.1], ['autre', 0.05]]),
    };
    for (const step of autodiagnosticSteps(instrument.spec)) {
      answers[step.code] = Object.fromEntries(step.items.map((item) => [item, clamp(Math.round(maturity * 3 + normal(random) * 0.8), 0, 3)]));
    }
    if (typology?.kind === 'matrix') answers.typologie_actions = demoTypology(typology.rows, categories, PROPENSITY[c.type], random);
    return { answers, status: 'complete' };
  });
}
