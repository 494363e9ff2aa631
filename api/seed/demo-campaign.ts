import type { LoadedInstrument } from '../instruments/catalog.js';
import { typologyCategories } from '../instruments/typology.js';
import type { Collectivite, CollectiviteType, Registry } from '../registry/registry.js';
import { normal, pickWeighted, seededRandom } from './random.js';

export const DEMO_CAMPAIGN = 'demo';
export const DEMO_LABEL = 'Campagne de démonstration (données fictives)';
export const DEMO_SELF_DIAGNOSES_NOTE =
  'Contient des autodiagnostics FICTIFS, générés pour la démonstration (des collectivités réelles du référentiel, des réponses inventées), pour que la comparaison avec les pairs soit visible. Ils ne décrivent aucune collectivité.';
export const DEMO_NOTE =
  'Données FICTIVES générées pour la démonstration\u202f: des collectivités réelles du référentiel officiel, mais des réponses inventées, avec des écarts plausibles entre types de collectivités. Elles ne décrivent aucune collectivité.';

/** How many collectivities of each type answer the fictitious campaign. */
const SAMPLE: Record<CollectiviteType, number> = {
  region: 14,
  departement: 45,
  metropole: 16,
  communaute_urbaine: 8,
  communaute_agglomeration: 60,
  communaute_communes: 80,
  commune: 200,
};

/** Propensity of each type to carry out each category of action (Fiches pratiques 1, 2, 3). */
export const PROPENSITY: Record<CollectiviteType, Record<string, number>> = {
  region: { internationalisation_entreprises: 0.7, promotion_territoire: 0.55, cooperation: 0.5 },
  departement: { internationalisation_entreprises: 0.25, promotion_territoire: 0.35, cooperation: 0.45 },
  metropole: { internationalisation_entreprises: 0.5, promotion_territoire: 0.7, cooperation: 0.45 },
  communaute_urbaine: { internationalisation_entreprises: 0.35, promotion_territoire: 0.5, cooperation: 0.3 },
  communaute_agglomeration: { internationalisation_entreprises: 0.25, promotion_territoire: 0.4, cooperation: 0.25 },
  communaute_communes: { internationalisation_entreprises: 0.12, promotion_territoire: 0.25, cooperation: 0.15 },
  commune: { internationalisation_entreprises: 0.08, promotion_territoire: 0.3, cooperation: 0.35 },
};

/** Typical annual budget (euros) and staff (FTE) by type, before individual variation. */
const MEANS: Record<CollectiviteType, { budget: number; etp: number; partenariats: number }> = {
  region: { budget: 900_000, etp: 7, partenariats: 14 },
  departement: { budget: 160_000, etp: 2, partenariats: 6 },
  metropole: { budget: 450_000, etp: 4.5, partenariats: 12 },
  communaute_urbaine: { budget: 130_000, etp: 1.5, partenariats: 5 },
  communaute_agglomeration: { budget: 60_000, etp: 0.8, partenariats: 3 },
  communaute_communes: { budget: 12_000, etp: 0.3, partenariats: 1 },
  commune: { budget: 25_000, etp: 0.5, partenariats: 3 },
};

/** Real collectivities of the registry drawn at random, `sizes[type]` of each type. */
export function sample(random: () => number, registry: Registry, sizes: Record<CollectiviteType, number> = SAMPLE): Collectivite[] {
  const chosen: Collectivite[] = [];
  for (const [type, count] of Object.entries(sizes) as [CollectiviteType, number][]) {
    // Communes answering such a survey are rarely the smallest: draw among those of 5,000+.
    const pool = registry
      .all()
      .filter((c) => c.type === type && (type !== 'commune' || (c.population ?? 0) >= 5000))
      .slice()
      .sort((a, b) => a.key.localeCompare(b.key));
    const taken = new Set<number>();
    while (taken.size < Math.min(count, pool.length)) taken.add(Math.floor(random() * pool.length));
    for (const i of [...taken].sort((a, b) => a - b)) chosen.push(pool[i]!);
  }
  return chosen;
}

export const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** The typology rows' categories, in the instrument's row order. */
export function rowCategories(instrument: LoadedInstrument): string[] {
  return Object.values(typologyCategories(instrument.json));
}

/** Invented answers to the guide's typology: each action carried out as often as its category suits the type. */
export function demoTypology(rows: readonly string[], categories: readonly string[], propensity: Record<string, number>, random: () => number): Record<string, string> {
  const typologie: Record<string, string> = {};
  rows.forEach((row, i) => {
    const share = propensity[categories[i]!]!;
    typologie[row] = pickWeighted(random, [['realisee', share], ['prevue', 0.15], ['non', Math.max(0.05, 0.85 - share)]]);
  });
  return typologie;
}

export interface DemoResponse {
  answers: Record<string, unknown>;
  status: 'complete' | 'partial';
}

/**
 * Invented answers of one collectivity to the annual survey, with plausible differences
 * between types (régions export, métropoles promote, communes cooperate).
 */
export function demoAnswers(instrument: LoadedInstrument, c: Collectivite, random: () => number, categories = rowCategories(instrument)): DemoResponse {
  const spec = instrument.spec.questions;
  const typology = spec.get('typologie_actions');
  const indicators = spec.get('indicateurs_suivis');
  if (typology?.kind !== 'matrix' || indicators?.kind !== 'multi') throw new Error(`${instrument.id}\u202f: pas de typologie ni d’indicateurs suivis à inventer`);
  const p = PROPENSITY[c.type];
  const m = MEANS[c.type];
  const typologie = demoTypology(typology.rows, categories, p, random);
  const importance = (share: number) => clamp(Math.round(share * 6 + normal(random) * 1.1), 0, 5);
  const acteurs: Record<string, string> = {};
  const actorShare: Record<string, number> = {
    chambres_consulaires: 0.3 + p.internationalisation_entreprises! * 0.6,
    laboratoires_universites: 0.45,
    associations_solidarite: 0.15 + p.cooperation! * 0.3,
    reseaux: 0.5,
    entreprises: 0.35 + p.internationalisation_entreprises! * 0.6,
    agences_developpement: c.type === 'commune' ? 0.25 : 0.6,
  };
  for (const [row, share] of Object.entries(actorShare)) {
    if (random() < 0.08) continue; // a row left blank
    acteurs[row] = random() < share ? 'oui' : 'non';
  }
  const zones = ['europe', 'amerique_nord', 'amerique_sud', 'afrique_nord', 'afrique_subsaharienne', 'moyen_orient', 'asie', 'oceanie'];
  const zoneShare = [0.85, 0.3, 0.15, 0.35, 0.3, 0.12, 0.4, 0.05];
  const zonesCibles = zones.filter((_, i) => random() < zoneShare[i]!);
  const budget = Math.round((m.budget * Math.exp(normal(random) * 0.6)) / 1000) * 1000;
  const etp = Math.round(clamp(m.etp * Math.exp(normal(random) * 0.5), 0, 100) * 10) / 10;
  const partenariats = Math.max(0, Math.round(m.partenariats * Math.exp(normal(random) * 0.5)));
  const answers: Record<string, unknown> = {
    collectivite: c.key,
    service_repondant: pickWeighted(random, [
      ['relations_internationales', c.type === 'communaute_communes' ? 0.3 : 0.7],
      ['developpement_economique', c.type === 'communaute_communes' ? 0.5 : 0.15],
      ['cabinet_elus', c.type === 'commune' ? 0.2 : 0.05],
      ['agence_developpement', 0.05],
      ['autre', 0.03],
    ]),
    typologie_actions: typologie,
    actions_realisees: {
      promotion_internationale: importance(p.promotion_territoire!),
      internationalisation_entreprises: importance(p.internationalisation_entreprises!),
      cooperation_economique: importance(p.cooperation!),
    },
    actions_a_renforcer: {
      promotion_internationale: importance(p.promotion_territoire! + 0.1),
      internationalisation_entreprises: importance(p.internationalisation_entreprises! + 0.2),
      cooperation_economique: importance(p.cooperation! - 0.05),
    },
    budget_aict_euros: budget,
    etp_aict: etp,
    partenariats_actifs: partenariats,
    acteurs_mobilises: acteurs,
    orientation_partenaires: pickWeighted(random, [
      ['nouveaux_partenaires', 0.4],
      ['actualisation_cooperations', 0.25],
      ['les_deux', 0.25],
      ['nsp', 0.1],
    ]),
    evaluation_impact: pickWeighted(random, [['jamais', 0.45], ['parfois', 0.43], ['systematique', 0.12]]),
  };
  if (zonesCibles.length > 0) answers.zones_cibles = zonesCibles;
  const suivis = indicators.values.filter(() => random() < 0.15);
  if (suivis.length > 0) answers.indicateurs_suivis = suivis;
  // About one in ten stopped before the end: kept as partial, absent from results.
  if (random() < 0.1) {
    delete answers.evaluation_impact;
    delete answers.indicateurs_suivis;
    return { answers, status: 'partial' as const };
  }
  return { answers, status: 'complete' as const };
}

/**
 * A fictitious annual campaign, deterministic for a given seed: several hundred real
 * collectivities of the registry, each with invented answers (see demoAnswers).
 */
export function demoResponses(instrument: LoadedInstrument, registry: Registry, seed = 2026): DemoResponse[] {
  const random = seededRandom(seed);
  const categories = rowCategories(instrument);
  return sample(random, registry).map((c) => demoAnswers(instrument, c, random, categories));
}
