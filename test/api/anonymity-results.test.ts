import { describe, expect, it } from 'vitest';
import { ADMIN, testApp } from '../helpers/test-app.js';
import {
  ANNUAL,
  BUDGET,
  DAY,
  TYPOLOGY_ROWS,
  VICTIM_TYPOLOGY,
  annualAnswers,
  answerAnonymously,
  backgroundTypology,
  answerInvited,
  closeAndPublish,
  collectivities,
  exactlyRecovered,
  fieldOf,
  invite,
  invitedGroup,
  matrixQuestion,
  movingClock,
  num,
  numberQuestion,
  openCampaign,
  patchCampaign,
  percentOf,
  publishedGroup,
  publishedSum,
  readPeers,
  readPublished,
  readResults,
  rowCounts,
  shownComparison,
  soleRemainingCode,
  typology,
  validateResponse,
  type App,
  type Holder,
  type PublishedGroup,
  type Read,
} from '../helpers/anonymity.js';
import type { PublishedComparison, ResultsAnswer } from '../helpers/api-types.js';
import type { QuestionResult } from '../../api/results/build-results-document.js';

/*
 * Attacks on the published results (GET /api/surveys/:id/results and /published), written
 * as the attacker runs them: public routes and the attacker's own responses only (for
 * /published, nothing at all). Each test computes the attacker's best estimate of verified
 * victims' answers exactly as its attack prescribes and expects that no targeted answer is
 * recovered exactly (spec/api.md, "Who counts", "Disclosure rules of results").
 */

const CAMPAIGN = 'c2027';
const START = '2027-01-11T10:00:00Z';
const VICTIM_BUDGET = 437_300;

const DEPARTEMENTS = collectivities('departement', '100k_500k', 18);
const METROPOLES = collectivities('metropole', '100k_500k', 6);
const REGIONS = collectivities('region', 'plus_1m', 6);
const ISERE = 'departement:38';
const AUVERGNE_RHONE_ALPES = 'region:84';

/** Odd budgets, four significant figures: none is a rounded figure. */
const oddBudget = (j: number) => 151_300 + 37_100 * j;

function victimTruth(budget: number): Record<string, unknown> {
  return { [BUDGET]: budget, ...Object.fromEntries(TYPOLOGY_ROWS.map((r) => [`typologie_actions.${r}`, VICTIM_TYPOLOGY[r]])) };
}

/** Invites the collectivities to this file's campaign and answers for each; `answers(j)` for the j-th. */
const verifiedGroup = (app: App, keys: readonly string[], answers: (j: number) => Record<string, unknown>) => invitedGroup(app, ANNUAL, CAMPAIGN, keys, answers);

async function campaignApp() {
  const clock = movingClock(START);
  const { app } = await testApp({ clock });
  await openCampaign(app, ANNUAL, CAMPAIGN);
  return { app, clock };
}

describe('attacks on the published results', () => {
  it('4. the residual: total minus the published groups is the one respondent who left the grouping question blank', async () => {
    const { app } = await campaignApp();
    // Eighteen verified départements: 5 evaluate systematically, 6 sometimes, 7 never.
    const evaluation = (j: number) => (j < 5 ? 'systematique' : j < 11 ? 'parfois' : 'jamais');
    await verifiedGroup(app, DEPARTEMENTS, (j) => annualAnswers({ evaluation_impact: evaluation(j), [BUDGET]: oddBudget(j), typologie_actions: backgroundTypology(j) }));
    // The victim, Isère, leaves the grouping question blank.
    await verifiedGroup(app, [ISERE], () => annualAnswers({ [BUDGET]: VICTIM_BUDGET, typologie_actions: VICTIM_TYPOLOGY }));
    await closeAndPublish(app, ANNUAL, CAMPAIGN);

    const read = await readResults(app, ANNUAL, CAMPAIGN, 'evaluation_impact');
    const doc = read.status === 200 && read.body && !read.body.suppressed ? read.body : null;
    const groups = Object.keys(doc?.groups ?? {})
      .map((key) => publishedGroup(read, key))
      .filter((g): g is PublishedGroup => g !== null);

    const estimate: Record<string, unknown> = { [BUDGET]: null };
    const totalSum = publishedSum(doc?.questions?.[BUDGET]);
    const groupSums = groups.map((g) => publishedSum(g.questions[BUDGET]));
    if (doc && totalSum !== null && groupSums.every((s) => s !== null)) {
      const baseOf = (q: QuestionResult | undefined) => numberQuestion(q)!.base;
      const residualBase = baseOf(doc.questions[BUDGET]) - groups.reduce((s, g) => s + baseOf(g.questions[BUDGET]), 0);
      const residualSum = totalSum - groupSums.reduce((s: number, x) => s + x!, 0);
      estimate[BUDGET] = residualBase > 0 ? Math.round(residualSum / residualBase) : null;
    }
    for (const row of TYPOLOGY_ROWS) {
      const groupCounts = groups.map((g) => rowCounts(g.questions, row));
      estimate[`typologie_actions.${row}`] = groupCounts.every((c) => c !== null)
        ? soleRemainingCode(rowCounts(doc?.questions, row), groupCounts as Record<string, number>[])
        : null;
    }
    expect(exactlyRecovered(estimate, victimTruth(VICTIM_BUDGET))).toEqual([]);
  });

  it('5. padding the public results: the attacker’s own responses bring a group of one up to k', async () => {
    const { app } = await campaignApp();
    await verifiedGroup(app, DEPARTEMENTS.slice(0, 6), (j) => annualAnswers({ [BUDGET]: oddBudget(j), typologie_actions: backgroundTypology(j) }));
    // The victim: Auvergne-Rhône-Alpes, the only verified région.
    await verifiedGroup(app, [AUVERGNE_RHONE_ALPES], () => annualAnswers({ [BUDGET]: VICTIM_BUDGET, typologie_actions: VICTIM_TYPOLOGY }));
    // The attacker: four régions of its own making, budget 0 and "non" everywhere.
    const own = { [BUDGET]: 0, typologie_actions: typology(() => 'non') };
    for (let i = 0; i < 4; i++) await answerAnonymously(app, ANNUAL, annualAnswers({ collectivite_type: 'region', strate_population: 'plus_1m', ...own }));
    await closeAndPublish(app, ANNUAL, CAMPAIGN);

    const regions = publishedGroup(await readResults(app, ANNUAL, CAMPAIGN, 'collectivite_type'), 'region');
    const sum = publishedSum(regions?.questions?.[BUDGET]);
    const estimate: Record<string, unknown> = { [BUDGET]: sum === null ? null : Math.round(sum - 4 * own[BUDGET]) };
    const ownCounts = { realisee: 0, prevue: 0, non: 4 };
    for (const row of TYPOLOGY_ROWS) estimate[`typologie_actions.${row}`] = soleRemainingCode(rowCounts(regions?.questions, row), [ownCounts]);
    expect(exactlyRecovered(estimate, victimTruth(VICTIM_BUDGET))).toEqual([]);
  });

  it('6. exact extremes: minimum, maximum and quartiles of small groups are individual budgets', async () => {
    const { app, clock } = await campaignApp();
    const metropoleBudgets = [437_300, 281_900, 612_700, 1_093_500, 759_100];
    await verifiedGroup(app, METROPOLES.slice(0, 5), (j) => annualAnswers({ [BUDGET]: metropoleBudgets[j] }));
    const departementBudgets = DEPARTEMENTS.slice(0, 6).map((_, j) => oddBudget(j));
    const [reader] = await verifiedGroup(app, DEPARTEMENTS.slice(0, 6), (j) => annualAnswers({ [BUDGET]: departementBudgets[j] }));
    await closeAndPublish(app, ANNUAL, CAMPAIGN);
    clock.advance(DAY);

    // Every order statistic the attacker can read: the results (total and groups) and the
    // comparison of one département with its five peers.
    const results = await readResults(app, ANNUAL, CAMPAIGN, 'collectivite_type');
    const docs = results.status === 200 ? [results.body, ...Object.keys(results.body?.groups ?? {}).map((k) => publishedGroup(results, k))] : [];
    const seen = docs.flatMap((d) => ['min', 'q1', 'median', 'q3', 'max'].map((s) => num(fieldOf(numberQuestion(d?.questions?.[BUDGET])?.stats, s))));
    const peers = shownComparison(await readPeers(app, reader!))?.numbers?.[BUDGET];
    seen.push(...['peerMedian', 'q1', 'q3', 'min', 'max'].map((s) => num(fieldOf(peers, s))));

    const victims = [...metropoleBudgets, ...departementBudgets.slice(1)];
    const recovered = victims.filter((b) => seen.includes(b));
    expect(recovered, `published order statistics ${JSON.stringify(seen)}`).toEqual([]);
  });

  it('6b. dominance: a mean times its base is nearly the one budget that makes most of the sum', async () => {
    const { app } = await campaignApp();
    const dominant = 48_731_900;
    const metropoleBudgets = [dominant, 104_700, 198_300, 302_900, 511_100];
    await verifiedGroup(app, METROPOLES.slice(0, 5), (j) => annualAnswers({ [BUDGET]: metropoleBudgets[j] }));
    await verifiedGroup(app, DEPARTEMENTS.slice(0, 6), (j) => annualAnswers({ [BUDGET]: oddBudget(j) }));
    await closeAndPublish(app, ANNUAL, CAMPAIGN);

    const results = await readResults(app, ANNUAL, CAMPAIGN, 'collectivite_type');
    const metropoles = publishedGroup(results, 'metropole');
    // The others are small: the sum is nearly the dominant respondent's budget.
    const estimates = [publishedSum(metropoles?.questions?.[BUDGET]), results.status === 200 ? publishedSum(results.body?.questions?.[BUDGET]) : null];
    const close = estimates.filter((e) => e !== null && Math.abs(e - dominant) <= 0.15 * dominant);
    expect(close, `the dominant budget is ${dominant}`).toEqual([]);
  });

  it('7. /published recomputes the guide’s figures from a campaign not yet published, or withdrawn', async () => {
    const { app } = await testApp({ clock: movingClock(START) });
    const { truth } = await arricod2016Campaign(app);
    const estimate = async () => figuresOf(await readPublished(app, 'arricod-2016'));

    // Not yet published: the attacker, with no token at all, reads the recomputed figures.
    const beforePublication = await estimate();
    await patchCampaign(app, 'arricod-2016', '2016', { close: true });
    await patchCampaign(app, 'arricod-2016', '2016', { publish: true });
    await patchCampaign(app, 'arricod-2016', '2016', { publish: false });
    const afterWithdrawal = await estimate();

    expect({ notYetPublished: exactlyRecovered(beforePublication, truth), withdrawn: exactlyRecovered(afterWithdrawal, truth) }).toEqual({
      notYetPublished: [],
      withdrawn: [],
    });
  });
});

describe('the published results still answer (positive controls)', () => {
  it('a published breakdown with groups of at least k shows those groups', async () => {
    const { app } = await campaignApp();
    for (const [keys, base] of [[REGIONS, 2_103_700], [DEPARTEMENTS.slice(0, 6), 151_300], [METROPOLES, 404_900]] as const) {
      await verifiedGroup(app, keys, (j) => annualAnswers({ [BUDGET]: base + 41_300 * j, evaluation_impact: 'parfois', typologie_actions: backgroundTypology(j) }));
    }
    await closeAndPublish(app, ANNUAL, CAMPAIGN);
    const read = await readResults(app, ANNUAL, CAMPAIGN, 'collectivite_type');
    expect(read.status).toBe(200);
    expect(read.body?.n).toBe(18);
    for (const type of ['region', 'departement', 'metropole']) {
      const group = publishedGroup(read, type);
      expect(group, type).not.toBeNull();
      expect(group?.n).toBe(6);
      expect(numberQuestion(group?.questions[BUDGET])?.base).toBe(6);
      expect(typeof numberQuestion(group?.questions[BUDGET])?.stats?.median).toBe('number');
      expect(matrixQuestion(group?.questions.typologie_actions)?.rows.branding?.base).toBe(6);
    }
  });

  it('unverified responses change no published figure and no peer statistic; validating them does', async () => {
    const { app, clock } = await campaignApp();
    const departements = collectivities('departement', '100k_500k', 17);
    const [reader] = await verifiedGroup(app, departements.slice(0, 11), (j) => annualAnswers({ [BUDGET]: oddBudget(j), typologie_actions: backgroundTypology(j) }));
    clock.advance(DAY);
    const resultsBefore = await readResults(app, ANNUAL, CAMPAIGN, 'collectivite_type', ADMIN);
    const peersBefore = await readPeers(app, reader!);
    expect(resultsBefore.body?.groups?.departement?.n).toBe(11);
    expect(shownComparison(peersBefore)).not.toBeNull();

    // Six départements answer without invitation, far from everybody else: more than k, so that,
    // once validated, the next day's peer snapshot may take them in.
    const unverified: Holder[] = [];
    for (const key of departements.slice(11)) {
      unverified.push(await answerAnonymously(app, ANNUAL, annualAnswers({ collectivite: key, [BUDGET]: 999_000_000, typologie_actions: typology(() => 'realisee') })));
    }
    expect(figuresOfResults(await readResults(app, ANNUAL, CAMPAIGN, 'collectivite_type', ADMIN))).toEqual(figuresOfResults(resultsBefore));
    expect(await readPeers(app, reader!)).toEqual(peersBefore);
    clock.advance(DAY);
    expect(await readPeers(app, reader!)).toEqual(peersBefore);

    // The administrator validates them: they count.
    for (const r of unverified) expect((await validateResponse(app, r.id)).status).toBe(200);
    const resultsAfter = await readResults(app, ANNUAL, CAMPAIGN, 'collectivite_type', ADMIN);
    expect(resultsAfter.body?.groups?.departement?.n).toBe(17);
    const budgetMedian = (r: Read<ResultsAnswer>) => numberQuestion(r.body?.questions[BUDGET])?.stats?.median;
    expect(budgetMedian(resultsAfter)).not.toEqual(budgetMedian(resultsBefore));
    clock.advance(DAY + 60 * 60 * 1000);
    const peersAfter = shownComparison(await readPeers(app, reader!));
    expect(peersAfter?.peerGroup?.n).toBe(16);
    expect(peersAfter?.numbers?.[BUDGET]?.peerMedian).not.toEqual(peersBefore.body?.numbers?.[BUDGET]?.peerMedian);
  });

  it('/published answers 403 to the public until the campaign is published, and the administrator always', async () => {
    const { app } = await testApp({ clock: movingClock(START) });
    const { truth } = await arricod2016Campaign(app);
    const before = await readPublished(app, 'arricod-2016');
    expect(before.status).toBe(403);
    expect(before.error?.code).toBe('resultats_non_publies');
    expect(figuresOf(await readPublished(app, 'arricod-2016', ADMIN))).toEqual(truth);
    await patchCampaign(app, 'arricod-2016', '2016', { close: true });
    await patchCampaign(app, 'arricod-2016', '2016', { publish: true });
    expect(figuresOf(await readPublished(app, 'arricod-2016'))).toEqual(truth);
  });
});

/** What a results document publishes about the responses (its labels aside). */
function figuresOfResults(read: Read<ResultsAnswer>) {
  return { status: read.status, n: read.body?.n, questions: read.body?.questions, groups: read.body?.groups };
}

const ZONES = ['maroc', 'chine', 'chine', 'nsp', 'nsp', 'europe_amerique_sud'];
const ACTEURS = ['chambres_consulaires', 'laboratoires_universites', 'associations_solidarite', 'reseaux', 'entreprises', 'agences_developpement'];

/**
 * The 2016 survey's own campaign, "2016", opened by the administrator (not published):
 * six régions answer through their invitations. `truth` holds the guide's figures as they
 * would be recomputed from these six answers.
 */
async function arricod2016Campaign(app: App) {
  await openCampaign(app, 'arricod-2016', '2016');
  const codes = await invite(app, 'arricod-2016', '2016', REGIONS);
  const ratings = { promotion_internationale: 2, internationalisation_entreprises: 3, cooperation_economique: 1 };
  const answers: { acteurs_mobilises: Record<string, string> }[] = [];
  for (const [j, key] of REGIONS.entries()) {
    const a = {
      actions_realisees: ratings,
      actions_a_renforcer: ratings,
      zone_cible: ZONES[j],
      acteurs_mobilises: Object.fromEntries(ACTEURS.map((row, i) => [row, (i + j) % 4 === 0 ? 'oui' : 'non'])),
    };
    answers.push(a);
    await answerInvited(app, 'arricod-2016', codes.get(key)!, a);
  }
  const truth: Record<string, unknown> = {};
  for (const zone of ['nsp', 'europe_amerique_sud', 'chine', 'maroc']) truth[`zone_cible.${zone}`] = percentOf(ZONES.filter((z) => z === zone).length, ZONES.length);
  for (const row of ACTEURS) truth[`acteurs_mobilises.${row}`] = percentOf(answers.filter((a) => a.acteurs_mobilises[row] === 'oui').length, answers.length);
  return { truth };
}

/** The recomputed values of the two figures of the 2016 survey, flattened; nothing when refused. */
function figuresOf(read: Read<PublishedComparison[]>): Record<string, unknown> {
  if (read.status !== 200 || !Array.isArray(read.body)) return {};
  const out: Record<string, unknown> = {};
  for (const c of read.body) {
    if (c.id !== 'arricod-2016.zone_cible' && c.id !== 'arricod-2016.acteurs_mobilises') continue;
    const question = c.id.slice('arricod-2016.'.length);
    for (const [code, value] of Object.entries((c.recomputed ?? {}) as Record<string, unknown>)) out[`${question}.${code}`] = value;
  }
  return out;
}
