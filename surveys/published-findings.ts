import type { Distribution, ResultsDocument } from '../api/results/build-results-document.js';
import { distributionOf as dist, matrixRowOf as row, questionOf as q } from '../api/results/read-results.js';

/*
 * The findings the guide states in words (published-figures.json, `findings`), each with its
 * `check` written as code: what the stored responses must show for the finding to hold.
 * Content of the historical surveys, like the figures themselves, hence kept beside them.
 */

const pct = (d: Distribution | undefined, code: string) => d?.percents[code] ?? null;
const mean = (d: Distribution | undefined) => d?.stats?.mean ?? null;
const gt = (a: number | null, b: number | null) => a !== null && b !== null && a > b;
const gte = (a: number | null, b: number | null) => a !== null && b !== null && a >= b;

export interface FindingCheck {
  /**
   * The questions the check reads: those the finding constrains, hence `sourced` on the
   * replayed campaign's results. The check is given only these questions of the document.
   */
  reads: readonly string[];
  check: (doc: ResultsDocument) => { recomputed: Record<string, number | null>; match: boolean };
}

/** The `check` of each finding, written as code, with the questions it reads. */
export const FINDING_CHECKS: Record<string, FindingCheck> = {
  'arricod-2014.initiative': {
    reads: ['initiative'],
    check: (doc) => {
      const r = { dri: pct(dist(doc, 'initiative'), 'dri'), dev_eco: pct(dist(doc, 'initiative'), 'dev_eco') };
      return { recomputed: r, match: gt(r.dri, r.dev_eco) };
    },
  },
  'arricod-2014.mise_en_oeuvre': {
    reads: ['mise_en_oeuvre', 'initiative'],
    check: (doc) => {
      const r = {
        mise_en_oeuvre_dev_eco: pct(dist(doc, 'mise_en_oeuvre'), 'dev_eco'),
        initiative_dev_eco: pct(dist(doc, 'initiative'), 'dev_eco'),
      };
      return { recomputed: r, match: gt(r.mise_en_oeuvre_dev_eco, r.initiative_dev_eco) };
    },
  },
  'arricod-2014.implication': {
    reads: ['implication_acteurs_eco'],
    check: (doc) => {
      const median = dist(doc, 'implication_acteurs_eco')?.stats?.median ?? null;
      return { recomputed: { median }, match: median !== null && median <= 2 };
    },
  },
  'arricod-2014.evaluation': {
    reads: ['evaluation_impact'],
    check: (doc) => {
      const jamais = pct(dist(doc, 'evaluation_impact'), 'jamais');
      return { recomputed: { jamais }, match: jamais !== null && jamais > 50 };
    },
  },
  'arricod-2016.service': {
    reads: ['service_repondant'],
    check: (doc) => {
      const ri = pct(dist(doc, 'service_repondant'), 'relations_internationales');
      return { recomputed: { relations_internationales: ri }, match: ri !== null && ri >= 67 };
    },
  },
  'arricod-2016.realisees': {
    reads: ['actions_realisees'],
    check: (doc) => {
      const r = {
        promotion_internationale: mean(row(doc, 'actions_realisees', 'promotion_internationale')),
        cooperation_economique: mean(row(doc, 'actions_realisees', 'cooperation_economique')),
        internationalisation_entreprises: mean(row(doc, 'actions_realisees', 'internationalisation_entreprises')),
      };
      return {
        recomputed: r,
        match: gt(r.promotion_internationale, r.internationalisation_entreprises) && gt(r.cooperation_economique, r.internationalisation_entreprises),
      };
    },
  },
  'arricod-2016.a_renforcer': {
    reads: ['actions_a_renforcer', 'actions_realisees'],
    check: (doc) => {
      const r = {
        a_renforcer_internationalisation: mean(row(doc, 'actions_a_renforcer', 'internationalisation_entreprises')),
        realisees_internationalisation: mean(row(doc, 'actions_realisees', 'internationalisation_entreprises')),
        a_renforcer_promotion: mean(row(doc, 'actions_a_renforcer', 'promotion_internationale')),
        a_renforcer_cooperation: mean(row(doc, 'actions_a_renforcer', 'cooperation_economique')),
      };
      return {
        recomputed: r,
        match: gt(r.a_renforcer_internationalisation, r.realisees_internationalisation) && gte(r.a_renforcer_promotion, r.a_renforcer_cooperation),
      };
    },
  },
  'arricod-2016.orientation': {
    reads: ['orientation_partenaires'],
    check: (doc) => {
      const d = dist(doc, 'orientation_partenaires');
      const r = { nouveaux_partenaires: pct(d, 'nouveaux_partenaires'), actualisation_cooperations: pct(d, 'actualisation_cooperations') };
      return { recomputed: r, match: gt(r.nouveaux_partenaires, r.actualisation_cooperations) };
    },
  },
  'arricod-2016.associations': {
    reads: ['acteurs_mobilises'],
    check: (doc) => {
      const m = q(doc, 'acteurs_mobilises');
      const r: Record<string, number | null> = m?.kind === 'matrix' ? Object.fromEntries(Object.entries(m.rows).map(([k, d]) => [k, d.percents.oui ?? null])) : {};
      const lowest = r.associations_solidarite ?? null;
      const others = Object.entries(r).filter(([k]) => k !== 'associations_solidarite');
      return { recomputed: r, match: lowest !== null && others.length > 0 && others.every(([, v]) => gt(v, lowest)) };
    },
  },
};

