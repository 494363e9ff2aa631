import { describe, expect, it } from 'vitest';
import { createApp } from '../../api/app.js';
import { instrumentsWith } from '../../api/instruments/catalog.js';
import type { DocumentQuestion, ResultsDocument } from '../../api/results/build-results-document.js';
import { loadPublishedFigures } from '../../api/results/published-figures.js';
import { withOnlyQuestions } from '../../api/results/read-results.js';
import { loadReplay, loadReplays } from '../../api/seed/seed-database.js';
import { FINDING_CHECKS } from '../../surveys/published-findings.js';
import { instruments, seededApp } from '../helpers/seeded.js';
import { ADMIN, ADMIN_HASH, fixedClock, testDatabase, testRegistry } from '../helpers/test-app.js';
import { readJson } from '../helpers/read-json.js';

/**
 * What the guide and the Kit de survie sheet constrain, question by question, read from
 * published-figures.json by hand: each figure's question, and what each finding is about.
 */
const CONSTRAINED: Record<string, string[]> = {
  'arricod-2014': ['evaluation_impact', 'implication_acteurs_eco', 'initiative', 'mise_en_oeuvre'],
  'arricod-2016': ['acteurs_mobilises', 'actions_a_renforcer', 'actions_realisees', 'orientation_partenaires', 'service_repondant', 'zone_cible'],
  'ua-2014-indicateurs': ['indicateurs'],
  'ua-2015-kit-de-survie': ['session'],
};

const REPLAY_SURVEYS = instrumentsWith(instruments, 'replay').map((i) => i.id);
const { app } = await seededApp('replay');

async function results(a: typeof app, survey: string, query = '') {
  const res = await a.request(`/api/surveys/${survey}/results${query}`, { headers: ADMIN });
  expect(res.status).toBe(200);
  return readJson<ResultsDocument & { nature: string }>(res);
}

/** The questions marked true, and whether every question is marked at all. */
function marks(questions: Record<string, DocumentQuestion>) {
  const all = Object.entries(questions);
  return {
    sourced: all.filter(([, q]) => q.sourced === true).map(([name]) => name).sort(),
    unmarked: all.filter(([, q]) => typeof q.sourced !== 'boolean').map(([name]) => name),
  };
}

describe('the results of a reconstruction say which questions its source backs', () => {
  it('covers every replayed survey', () => {
    expect(REPLAY_SURVEYS.sort()).toEqual(Object.keys(CONSTRAINED).sort());
  });

  it.each(Object.entries(CONSTRAINED))('%s: every question is marked, and exactly the constrained ones are sourced', async (survey, constrained) => {
    const doc = await results(app, survey);
    expect(doc.nature).toBe('reconstitution');
    expect(Object.keys(doc.questions).length).toBeGreaterThan(constrained.length);
    expect(marks(doc.questions)).toEqual({ sourced: constrained, unmarked: [] });
  });

  it('marks the questions of each published group too', async () => {
    const doc = await results(app, 'ua-2015-kit-de-survie', '?groupBy=session');
    const published = Object.values(doc.groups ?? {}).filter((g) => !g.suppressed);
    expect(published.map((g) => g.n)).toEqual([7, 7, 7]);
    for (const g of published) expect(marks(g.questions!)).toEqual({ sourced: ['session'], unmarked: [] });
  });

  it('derives the marks from the figures and from what each finding’s check reads', () => {
    const published = loadPublishedFigures();
    for (const [survey, constrained] of Object.entries(CONSTRAINED)) {
      const fromFigures = published.figures.filter((f) => f.survey === survey).map((f) => f.question);
      const fromFindings = published.findings.filter((f) => f.id.startsWith(`${survey}.`)).flatMap((f) => FINDING_CHECKS[f.id]!.reads);
      expect([...new Set([...fromFigures, ...fromFindings])].sort(), survey).toEqual(constrained);
    }
  });

  it('leaves the results of any other campaign as they were: no question carries the mark', async () => {
    const db = await testDatabase();
    const deps = { db, registry: testRegistry(), clock: fixedClock, catalog: instruments };
    await loadReplay(deps, instruments.get('arricod-2016')!, loadReplays(instruments).find((r) => r.survey === 'arricod-2016')!);
    await db.updateTable('campaigns').set({ nature: 'fictive' }).execute();
    const other = createApp({ ...deps, suppressionK: 5, adminTokenHash: ADMIN_HASH });
    const doc = await results(other, 'arricod-2016');
    expect(doc.nature).toBe('fictive');
    expect(Object.keys(doc.questions)).toContain('zone_cible');
    for (const q of Object.values(doc.questions)) expect(q).not.toHaveProperty('sourced');
    const reconstruction = await results(app, 'arricod-2016');
    const { sourced: _sourced, ...unmarked } = reconstruction.questions.zone_cible!;
    expect(doc.questions.zone_cible).toEqual(unmarked);
  });
});

describe('what each finding’s check reads', () => {
  it('is all it needs, and each question it declares changes its outcome when missing', async () => {
    for (const [id, finding] of Object.entries(FINDING_CHECKS)) {
      const doc = await results(app, id.slice(0, id.lastIndexOf('.')));
      const full = finding.check(doc);
      expect(full.match, id).toBe(true);
      expect(finding.check(withOnlyQuestions(doc, finding.reads)), id).toEqual(full);
      for (const question of finding.reads) {
        const without = finding.check(withOnlyQuestions(doc, finding.reads.filter((q) => q !== question)));
        expect(without.recomputed, `${id} without ${question}`).not.toEqual(full.recomputed);
      }
    }
  });
});

describe('a reconstruction answers only what its source backs, and what every response must give', () => {
  /** How many responses answered the question: its base, or for a matrix its most answered row or cell. */
  const answered = (part: object): number =>
    'base' in part ? (part.base as number) : Math.max(0, ...Object.values(part).filter((v): v is object => typeof v === 'object' && v !== null).map(answered));

  /** The unsourced questions every response must give, hence answered all the same. */
  const REQUIRED_UNSOURCED: Record<string, string[]> = {
    'arricod-2014': ['collectivite_type', 'projets_cooperation_eco'],
    'arricod-2016': ['collectivite_type'],
    'ua-2014-indicateurs': ['collectivite_type'],
    'ua-2015-kit-de-survie': ['collectivite_type'],
  };

  it.each(REPLAY_SURVEYS)('%s: the only unsourced questions answered are those every response must give', async (survey) => {
    const doc = await results(app, survey);
    const unsourcedAnswered = Object.entries(doc.questions).filter(([, q]) => !q.sourced && answered(q) > 0).map(([name]) => name);
    expect(unsourcedAnswered.sort()).toEqual(REQUIRED_UNSOURCED[survey]);
    for (const name of unsourcedAnswered) expect(instruments.get(survey)!.spec.questions.get(name)!.required, name).toBe(true);
    for (const [name, q] of Object.entries(doc.questions)) if (q.sourced) expect(answered(q), name).toBeGreaterThan(0);
  });

  it('UA 2015: 21 participants over 3 sessions, and nothing of their needs, examples or recommendations', async () => {
    const doc = await results(app, 'ua-2015-kit-de-survie');
    expect(doc.n).toBe(21);
    for (const name of ['besoins', 'exemples_pratiques', 'recommandations_utiles', 'service_repondant']) {
      expect(doc.questions[name]!.sourced, name).toBe(false);
      expect(answered(doc.questions[name]!), name).toBe(0);
    }
  });

  it('arricod-2014: those without projects say nothing of them, and the findings hold among those with some', async () => {
    const doc = await results(app, 'arricod-2014');
    const projects = doc.questions.projets_cooperation_eco!;
    expect('counts' in projects && projects.counts).toEqual({ oui: 15, non: 3 });
    for (const name of ['initiative', 'mise_en_oeuvre', 'implication_acteurs_eco', 'evaluation_impact']) expect(answered(doc.questions[name]!), name).toBe(15);
  });
});
