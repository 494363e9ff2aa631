import type { Distribution, QuestionResult, ResultsDocument } from './build-results-document.js';

/**
 * How each figure and finding of published-figures.json is recomputed from a results
 * document of the replayed campaign. One function per way the guide reads its charts; the
 * printed values are only ever compared with, never copied into, what is recomputed.
 */
export interface PublishedFigure {
  id: string;
  survey: string;
  question: string;
  statistic: string;
  printed: Record<string, unknown>;
  bases?: Record<string, number>;
  reading: string;
}

export interface PublishedFinding {
  id: string;
  claim: string;
  check: string;
}

export interface Comparison {
  id: string;
  type: 'figure' | 'finding';
  question?: string;
  statistic?: string;
  printed: unknown;
  recomputed: unknown;
  match: boolean;
  reading: string;
  bases?: { printed: Record<string, number>; recomputed: Record<string, number> };
}

const q = (doc: ResultsDocument, name: string): QuestionResult | undefined => doc.questions[name];
const dist = (doc: ResultsDocument, name: string): Distribution | undefined => {
  const r = q(doc, name);
  return r && 'percents' in r ? r : undefined;
};
const row = (doc: ResultsDocument, name: string, r: string): Distribution | undefined => {
  const m = q(doc, name);
  return m?.kind === 'matrix' ? m.rows[r] : undefined;
};
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

type FigureCheck = (figure: PublishedFigure, doc: ResultsDocument) => Pick<Comparison, 'recomputed' | 'match' | 'bases'>;

const FIGURE_CHECKS: Record<string, FigureCheck> = {
  percent: (f, doc) => {
    const d = dist(doc, f.question);
    const recomputed = Object.fromEntries(Object.keys(f.printed).map((code) => [code, d?.percents[code] ?? null]));
    return { recomputed, match: same(recomputed, f.printed) };
  },
  "percent of row base answering 'oui'": (f, doc) => {
    const rows = Object.keys(f.printed);
    const recomputed = Object.fromEntries(rows.map((r) => [r, row(doc, f.question, r)?.percents.oui ?? null]));
    const bases = Object.fromEntries(rows.map((r) => [r, row(doc, f.question, r)?.base ?? 0]));
    const basesMatch = !f.bases || same(bases, f.bases);
    return { recomputed, match: same(recomputed, f.printed) && basesMatch, bases: f.bases && { printed: f.bases, recomputed: bases } };
  },
  'median per row and column': (f, doc) => {
    const m = q(doc, f.question);
    const recomputed = Object.fromEntries(
      Object.entries(f.printed).map(([r, cols]) => [
        r,
        Object.fromEntries(
          Object.keys(cols as object).map((c) => [c, m?.kind === 'matrixdropdown' ? (m.rows[r]?.[c]?.stats?.median ?? null) : null]),
        ),
      ]),
    );
    return { recomputed, match: same(recomputed, f.printed) };
  },
  'count of respondents, total over sessions 1-3': (f, doc) => {
    const d = dist(doc, f.question);
    const sessions = d ? Object.values(d.counts).filter((n) => n > 0).length : 0;
    const recomputed = { total: doc.n, sessions };
    return { recomputed, match: same(recomputed, f.printed) };
  },
};

const pct = (d: Distribution | undefined, code: string) => d?.percents[code] ?? null;
const mean = (d: Distribution | undefined) => d?.stats?.mean ?? null;
const gt = (a: number | null, b: number | null) => a !== null && b !== null && a > b;
const gte = (a: number | null, b: number | null) => a !== null && b !== null && a >= b;

type FindingCheck = (doc: ResultsDocument) => { recomputed: Record<string, number | null>; match: boolean };

/** The `check` of each finding, written as code. */
const FINDING_CHECKS: Record<string, FindingCheck> = {
  'arricod-2014.initiative': (doc) => {
    const r = { dri: pct(dist(doc, 'initiative'), 'dri'), dev_eco: pct(dist(doc, 'initiative'), 'dev_eco') };
    return { recomputed: r, match: gt(r.dri, r.dev_eco) };
  },
  'arricod-2014.mise_en_oeuvre': (doc) => {
    const r = {
      mise_en_oeuvre_dev_eco: pct(dist(doc, 'mise_en_oeuvre'), 'dev_eco'),
      initiative_dev_eco: pct(dist(doc, 'initiative'), 'dev_eco'),
    };
    return { recomputed: r, match: gt(r.mise_en_oeuvre_dev_eco, r.initiative_dev_eco) };
  },
  'arricod-2014.implication': (doc) => {
    const median = dist(doc, 'implication_acteurs_eco')?.stats?.median ?? null;
    return { recomputed: { median }, match: median !== null && median <= 2 };
  },
  'arricod-2014.evaluation': (doc) => {
    const jamais = pct(dist(doc, 'evaluation_impact'), 'jamais');
    return { recomputed: { jamais }, match: jamais !== null && jamais > 50 };
  },
  'arricod-2016.service': (doc) => {
    const ri = pct(dist(doc, 'service_repondant'), 'relations_internationales');
    return { recomputed: { relations_internationales: ri }, match: ri !== null && ri >= 67 };
  },
  'arricod-2016.realisees': (doc) => {
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
  'arricod-2016.a_renforcer': (doc) => {
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
  'arricod-2016.orientation': (doc) => {
    const d = dist(doc, 'orientation_partenaires');
    const r = { nouveaux_partenaires: pct(d, 'nouveaux_partenaires'), actualisation_cooperations: pct(d, 'actualisation_cooperations') };
    return { recomputed: r, match: gt(r.nouveaux_partenaires, r.actualisation_cooperations) };
  },
  'arricod-2016.associations': (doc) => {
    const m = q(doc, 'acteurs_mobilises');
    const r: Record<string, number | null> = m?.kind === 'matrix' ? Object.fromEntries(Object.entries(m.rows).map(([k, d]) => [k, d.percents.oui ?? null])) : {};
    const lowest = r.associations_solidarite ?? null;
    const others = Object.entries(r).filter(([k]) => k !== 'associations_solidarite');
    return { recomputed: r, match: lowest !== null && others.length > 0 && others.every(([, v]) => gt(v, lowest)) };
  },
};

export function checkFigure(figure: PublishedFigure, doc: ResultsDocument): Comparison {
  const check = FIGURE_CHECKS[figure.statistic];
  if (!check) throw new Error(`Aucun calcul pour la statistique « ${figure.statistic} » (${figure.id})`);
  return {
    id: figure.id,
    type: 'figure',
    question: figure.question,
    statistic: figure.statistic,
    printed: figure.printed,
    reading: figure.reading,
    ...check(figure, doc),
  };
}

export function checkFinding(finding: PublishedFinding, doc: ResultsDocument): Comparison {
  const check = FINDING_CHECKS[finding.id];
  if (!check) throw new Error(`Aucun calcul pour le constat « ${finding.id} »`);
  return { id: finding.id, type: 'finding', printed: finding.claim, reading: finding.check, ...check(doc) };
}
