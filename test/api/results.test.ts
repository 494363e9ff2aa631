import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../api/seed/random.js';
import type { QuestionResult, ResultsDocument } from '../../api/results/build-results-document.js';
import { roundSignificant } from '../../analysis/round-significant.js';
import { ADMIN, testApp } from '../helpers/test-app.js';
import { postVerified } from '../helpers/verified.js';
import { errorOf, readJson } from '../helpers/read-json.js';
import type { TrendsAnswer } from '../helpers/api-types.js';

/** The answers this test draws for the annual survey. */
interface Answers {
  collectivite_type: string;
  actions_realisees: Record<string, number>;
  actions_a_renforcer: Record<string, number>;
  typologie_actions: Record<string, string>;
  orientation_partenaires?: string;
  zones_cibles?: string[];
  budget_aict_euros?: number;
}

/** A question's part of a results document, of the kind the test knows that question has. */
type ResultOf<K extends QuestionResult['kind']> = Extract<QuestionResult, { kind: K }>;

const ZONES = ['europe', 'amerique_nord', 'amerique_sud', 'afrique_nord', 'afrique_subsaharienne', 'moyen_orient', 'asie', 'oceanie'];
const ORIENTATIONS = ['nouveaux_partenaires', 'actualisation_cooperations', 'les_deux', 'nsp'];
const TYPO_ROWS = ['branding', 'marketing_territorial', 'compagnonnages'];

function randomAnswers(random: () => number, type: string): Answers {
  const pick = <T,>(xs: T[]) => xs[Math.floor(random() * xs.length)]!;
  const a: Answers = {
    collectivite_type: type,
    actions_realisees: {
      promotion_internationale: Math.floor(random() * 6),
      internationalisation_entreprises: Math.floor(random() * 6),
      cooperation_economique: Math.floor(random() * 6),
    },
    actions_a_renforcer: { promotion_internationale: 1, internationalisation_entreprises: 2, cooperation_economique: 3 },
    typologie_actions: Object.fromEntries(TYPO_ROWS.filter(() => random() < 0.8).map((r) => [r, pick(['realisee', 'prevue', 'non'])])),
  };
  if (random() < 0.85) a.orientation_partenaires = pick(ORIENTATIONS);
  const zones = ZONES.filter(() => random() < 0.3);
  if (zones.length > 0) a.zones_cibles = zones;
  if (random() < 0.9) a.budget_aict_euros = Math.round(random() * 500) * 1000;
  return a;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const pct = (count: number, base: number) => Math.floor((200 * count + base) / (2 * base));

/** A response the administrator has checked: only those count. */
async function post(app: Awaited<ReturnType<typeof testApp>>['app'], answers: Answers, status: 'complete' | 'partial' = 'complete') {
  await postVerified(app, 'enquete-annuelle', { ...answers }, status);
}

async function results(app: Awaited<ReturnType<typeof testApp>>['app'], query: string) {
  // Campaigns created by posting are not published: the administrator reads them.
  const res = await app.request(`/api/surveys/enquete-annuelle/results?${query}`, { headers: ADMIN });
  expect(res.status).toBe(200);
  return readJson<ResultsDocument>(res);
}

describe('results of random responses posted through the API equal an independent count', () => {
  it('choices, multiple choices, matrix rows, medians and means', async () => {
    const { app } = await testApp();
    const random = seededRandom(7);
    const types = ['region', 'metropole', 'commune', 'departement'];
    const complete: Answers[] = [];
    for (let i = 0; i < 60; i++) {
      const a = randomAnswers(random, types[i % types.length]!);
      complete.push(a);
      await post(app, a);
    }
    // Drafts never count.
    for (let i = 0; i < 5; i++) await post(app, { ...randomAnswers(random, 'region'), orientation_partenaires: 'nsp' }, 'partial');

    const doc = await results(app, 'campaign=2026');
    expect(doc.n).toBe(60);

    const answeredOrientation = complete.filter((a) => a.orientation_partenaires);
    const orientation = doc.questions.orientation_partenaires as ResultOf<'choice'>;
    expect(orientation.base).toBe(answeredOrientation.length);
    for (const code of ORIENTATIONS) {
      const n = answeredOrientation.filter((a) => a.orientation_partenaires === code).length;
      expect(orientation.counts[code]).toBe(n);
      expect(orientation.percents[code]).toBe(pct(n, answeredOrientation.length));
    }

    const answeredZones = complete.filter((a) => a.zones_cibles);
    const zones = doc.questions.zones_cibles as ResultOf<'multi'>;
    expect(zones.base).toBe(answeredZones.length);
    for (const z of ZONES) expect(zones.counts[z]).toBe(answeredZones.filter((a) => a.zones_cibles!.includes(z)).length);

    const typology = doc.questions.typologie_actions as ResultOf<'matrix'>;
    for (const row of TYPO_ROWS) {
      const answered = complete.filter((a) => a.typologie_actions[row]);
      const got = typology.rows[row]!;
      expect(got.base).toBe(answered.length);
      for (const v of ['realisee', 'prevue', 'non']) expect(got.counts[v]).toBe(answered.filter((a) => a.typologie_actions[row] === v).length);
    }
    expect(typology.rows.avantages_comparatifs!.base).toBe(0);

    const actions = doc.questions.actions_realisees as ResultOf<'matrix'>;
    for (const row of ['promotion_internationale', 'internationalisation_entreprises', 'cooperation_economique']) {
      const values = complete.map((a) => a.actions_realisees[row] as number);
      const stats = actions.rows[row]!.stats!;
      expect(stats.median).toBe(median(values));
      expect(stats.mean).toBeCloseTo(values.reduce((s, v) => s + v, 0) / values.length, 10);
      expect(stats.min).toBe(Math.min(...values));
      expect(stats.max).toBe(Math.max(...values));
    }

    const budgets = complete.filter((a) => a.budget_aict_euros !== undefined).map((a) => a.budget_aict_euros as number);
    const budget = doc.questions.budget_aict_euros as ResultOf<'number'>;
    expect(budget.base).toBe(budgets.length);
    // Magnitudes: two significant figures, never an extreme.
    expect(budget.stats).toEqual({
      median: roundSignificant(median(budgets), 2),
      mean: roundSignificant(budgets.reduce((s, v) => s + v, 0) / budgets.length, 2),
      q1: expect.any(Number),
      q3: expect.any(Number),
    });

    // Grouped by type: the whole campaign is the same, and each group is counted on its own responses.
    const grouped = await results(app, 'campaign=2026&groupBy=collectivite_type');
    expect(grouped.questions).toEqual(doc.questions);
    for (const t of types) {
      const mine = complete.filter((a) => a.collectivite_type === t);
      const group = grouped.groups![t]!;
      expect(group.n).toBe(mine.length);
      const withOrientation = mine.filter((a) => a.orientation_partenaires);
      expect((group.questions!.orientation_partenaires as ResultOf<'choice'>).base).toBe(withOrientation.length);
      expect((group.questions!.budget_aict_euros as ResultOf<'number'>).stats!.median).toBe(
        roundSignificant(median(mine.filter((a) => a.budget_aict_euros !== undefined).map((a) => a.budget_aict_euros!)), 2),
      );
    }
    // Free texts and the collectivity itself are never in results.
    expect(doc.questions.collectivite).toBeUndefined();
  });
});

describe('small groups are withheld', () => {
  it('a group of 4 is withheld, a group of 5 is shown', async () => {
    const { app } = await testApp();
    const random = seededRandom(1);
    for (let i = 0; i < 12; i++) await post(app, randomAnswers(random, 'region'));
    for (let i = 0; i < 5; i++) await post(app, randomAnswers(random, 'metropole'));
    let doc = await results(app, 'campaign=2026&groupBy=collectivite_type');
    expect(doc.groups!.metropole).toMatchObject({ n: 5, suppressed: false });
    expect(doc.groups!.metropole!.questions!.actions_realisees).toBeDefined();
    for (let i = 0; i < 4; i++) await post(app, randomAnswers(random, 'commune'));
    for (let i = 0; i < 9; i++) await post(app, randomAnswers(random, 'departement'));
    doc = await results(app, 'campaign=2026&groupBy=collectivite_type');
    expect(doc.groups!.commune).toEqual({ n: 4, suppressed: true, reason: expect.stringMatching(/Moins de 5 réponses/) });
    expect(doc.groups!.commune!.questions).toBeUndefined();
    // The total is published, so the next smallest group (métropoles, 5) is withheld too.
    expect(doc.groups!.metropole).toMatchObject({ n: 5, suppressed: true, reason: expect.stringMatching(/par différence/) });
    expect(doc.groups!.departement!.suppressed).toBe(false);
    expect(doc.groups!.region!.suppressed).toBe(false);
  });

  it('a campaign smaller than SUPPRESSION_K publishes nothing', async () => {
    const { app } = await testApp();
    for (let i = 0; i < 3; i++) await post(app, randomAnswers(seededRandom(i), 'region'));
    const doc = await results(app, 'campaign=2026');
    expect(doc).toMatchObject({ n: 3, suppressed: true, questions: {} });
  });

  it('refuses a grouping question that is not a single choice', async () => {
    const { app } = await testApp();
    const res = await app.request('/api/surveys/enquete-annuelle/results?groupBy=zones_cibles');
    expect(res.status).toBe(422);
    expect((await errorOf(res)).code).toBe('regroupement_invalide');
  });
});

/** Every change of a trends answer, with where it is (series, question, code). */
function allChanges(trends: TrendsAnswer) {
  return trends.series.flatMap((s) =>
    Object.entries(s.questions).flatMap(([question, q]) => [
      ...Object.entries(q.codes ?? {}).map(([code, change]) => ({ where: `${s.from.campaign}/${question}/${code}`, change })),
      ...Object.entries(q.rows ?? {}).flatMap(([row, cols]) =>
        Object.entries(cols).map(([code, change]) => ({ where: `${s.from.campaign}/${question}/${row}/${code}`, change })),
      ),
    ]),
  );
}

/** The same answers for every 2016 respondent but their orientation; `extra` adds answers. */
const answers2016 = (orientation: string, extra: Record<string, unknown> = {}) => ({
  collectivite_type: 'region',
  actions_realisees: { promotion_internationale: 1, internationalisation_entreprises: 1, cooperation_economique: 1 },
  actions_a_renforcer: { promotion_internationale: 1, internationalisation_entreprises: 1, cooperation_economique: 1 },
  orientation_partenaires: orientation,
  ...extra,
});

async function trendsOf(app: Awaited<ReturnType<typeof testApp>>['app']) {
  const res = await app.request('/api/surveys/enquete-annuelle/trends?campaign=2026', { headers: ADMIN });
  expect(res.status).toBe(200);
  return readJson<TrendsAnswer>(res);
}

describe('trends from the 2016 survey to the annual survey', () => {
  it('compares shared codes and flags significant changes, with the campaigns named in words', async () => {
    const { app } = await testApp();
    // 2016 would need the replay; post 10 responses to 2016 directly: all "nouveaux_partenaires".
    for (let i = 0; i < 10; i++) await postVerified(app, 'arricod-2016', answers2016('nouveaux_partenaires'));
    // 2026: 10 responses, none for new partners.
    const random = seededRandom(5);
    for (let i = 0; i < 10; i++) await post(app, { ...randomAnswers(random, 'region'), orientation_partenaires: 'les_deux' });
    const trends = await trendsOf(app);
    expect(trends.to).toMatchObject({ campaign: '2026', label: '2026', n: 10 });
    expect(trends.to.title).toMatch(/^Enquête annuelle/);
    const series = trends.series.find((s) => s.from.surveyId === 'arricod-2016')!;
    expect(series.from.title).toMatch(/2016/);
    const change = series.questions.orientation_partenaires!.codes!.nouveaux_partenaires!;
    expect(change).toMatchObject({ from: { count: 10, base: 10, percent: 100 }, to: { count: 0, base: 10, percent: 0 }, points: -100, significant: true });
    expect(change.p).toBeCloseTo(1.0825e-5, 8);
    expect(change.pAdjusted).toBeLessThan(0.05);
    expect(change.pAdjusted).toBeGreaterThan(change.p!);
    const stable = series.questions.collectivite_type!.codes!.region;
    expect(stable).toMatchObject({ points: 0, significant: false });
  });

  it('a p-value of 0,0497 among thirty tests is not significant once corrected for their number', async () => {
    const { app } = await testApp();
    // 2016: 3 of 10 for new partners; 2026: 13 of 18. Fisher: p = 0,04967. Everything else alike.
    for (let i = 0; i < 10; i++) await postVerified(app, 'arricod-2016', answers2016(i < 3 ? 'nouveaux_partenaires' : 'les_deux'));
    for (let i = 0; i < 18; i++) await postVerified(app, 'enquete-annuelle', answers2016(i < 13 ? 'nouveaux_partenaires' : 'les_deux'));
    const trends = await trendsOf(app);
    const changes = allChanges(trends).filter((c) => c.change.p !== null);
    expect(trends.tests).toBe(changes.length);
    expect(trends.tests).toBeGreaterThanOrEqual(30);
    const change = trends.series[0]!.questions.orientation_partenaires!.codes!.nouveaux_partenaires!;
    expect(change.p).toBeCloseTo(0.04967, 5);
    // Alone, it would pass the 5 % threshold; read with the others, it does not.
    expect(change.p).toBeLessThan(0.05);
    expect(change.pAdjusted).toBeGreaterThan(0.05);
    expect(change.significant).toBe(false);
    expect(changes.filter((c) => c.change.significant)).toEqual([]);
  });

  it('runs no test where a side has no respondent', async () => {
    const { app } = await testApp();
    // Nobody in 2016 says which service answers; everybody in 2026 does.
    for (let i = 0; i < 6; i++) await postVerified(app, 'arricod-2016', answers2016('les_deux'));
    for (let i = 0; i < 6; i++) await postVerified(app, 'enquete-annuelle', answers2016('les_deux', { service_repondant: 'relations_internationales' }));
    const trends = await trendsOf(app);
    const service = trends.series[0]!.questions.service_repondant!.codes!;
    expect(Object.keys(service).length).toBeGreaterThan(1);
    for (const change of Object.values(service)) {
      expect(change).toMatchObject({ from: { base: 0, percent: null }, points: null, p: null, pAdjusted: null, significant: false });
    }
    expect(service.relations_internationales!.to).toMatchObject({ count: 6, base: 6 });
    // Only the changes with both sides answered count among the tests.
    expect(trends.tests).toBe(allChanges(trends).filter((c) => c.change.from.base > 0 && c.change.to.base > 0).length);
    expect(trends.tests).toBeLessThan(allChanges(trends).length);
  });
});
