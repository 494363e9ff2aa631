import { describe, expect, it } from 'vitest';
import type { QuestionResult } from '../../api/results/build-results-document.js';
import type { PeersAnswer, ResultsAnswer } from '../helpers/api-types.js';
import { errorOf } from '../helpers/read-json.js';
import { testApp } from '../helpers/test-app.js';
import {
  ANNUAL,
  BUDGET,
  DAY,
  TYPOLOGY_ROWS,
  VICTIM_TYPOLOGY,
  annualAnswers,
  answerAnonymously,
  answerInvited,
  backgroundTypology,
  changeCampaign,
  closeAndPublish,
  collectivities,
  countsOf,
  editResponse,
  exactlyRecovered,
  invite,
  invitedGroup,
  movingClock,
  newcomerCode,
  num,
  numberQuestion,
  openCampaign,
  patchCampaign,
  publishedGroup,
  publishedSum,
  readPeers,
  readResults,
  rowCounts,
  shownComparison,
  soleRemainingCode,
  typology,
  validateResponse,
  type App,
  type Read,
  type Typology,
} from '../helpers/anonymity.js';

/*
 * More attacks on what the service publishes, written as the others are (spec/api.md,
 * "Disclosure rules of results", "Peer comparison"; README, "Anonymat"): two breakdowns
 * subtracted from each other, two publications compared around one validation, a campaign
 * read while answers still come in, and the peer comparison read around a few changes. Each
 * test computes the attacker's best estimate from what it reads and expects that no targeted
 * answer is recovered exactly; each also shows the feature still answering, so that the
 * estimate is really computed whenever figures are published.
 */

const K = 5;
const CAMPAIGN = 'b2027';
const START = '2027-01-11T10:00:00Z';
const HOUR = 60 * 60 * 1000;

/** Régions of more than a million inhabitants, in the registry. */
const REGIONS = collectivities('region', 'plus_1m', 6);
/** Départements of more than a million inhabitants, in the registry: the victim is the first. */
const BIG_DEPARTEMENTS = collectivities('departement', 'plus_1m', K);
const DEPARTEMENTS = collectivities('departement', '100k_500k', 18);
const METROPOLES = collectivities('metropole', '100k_500k', 6);

const VICTIM_BUDGET = 1_437_300;
/** Odd budgets, four significant figures: none is a rounded figure. */
const oddBudget = (j: number) => 151_300 + 37_100 * j;

function victimTruth(budget: number, typo: Typology = VICTIM_TYPOLOGY): Record<string, unknown> {
  return { [BUDGET]: budget, ...Object.fromEntries(TYPOLOGY_ROWS.map((r) => [`typologie_actions.${r}`, typo[r]])) };
}

async function campaignApp() {
  const clock = movingClock(START);
  const { app } = await testApp({ clock });
  await openCampaign(app, ANNUAL, CAMPAIGN);
  return { app, clock };
}

const verifiedGroup = (app: App, keys: readonly string[], answers: (j: number) => Record<string, unknown>) => invitedGroup(app, ANNUAL, CAMPAIGN, keys, answers);

const publish = (app: App) => changeCampaign(app, ANNUAL, CAMPAIGN, { publish: true });

/** A results document whose figures the service gave; null when refused or withheld whole. */
const publishedDocument = (read: Read<ResultsAnswer>) => (read.status === 200 && read.body && !read.body.suppressed ? read.body : null);

type Figures = { questions: Record<string, QuestionResult> } | null;

/**
 * The attacker's reading of the responses counted in `larger` and not in `smaller`: the
 * budget as the difference of the two sums (mean × base) over the difference of the two
 * bases — that one response's budget when they differ by one — and, on each typology row,
 * the code the difference of counts leaves when it leaves only one. Null wherever either
 * side publishes nothing.
 */
function differenceEstimate(larger: Figures, smaller: Figures): Record<string, unknown> {
  const [sumL, sumS] = [publishedSum(larger?.questions[BUDGET]), publishedSum(smaller?.questions[BUDGET])];
  const [baseL, baseS] = [numberQuestion(larger?.questions[BUDGET])?.base ?? 0, numberQuestion(smaller?.questions[BUDGET])?.base ?? 0];
  const estimate: Record<string, unknown> = {
    [BUDGET]: sumL !== null && sumS !== null && baseL > baseS ? Math.round((sumL - sumS) / (baseL - baseS)) : null,
  };
  for (const row of TYPOLOGY_ROWS) {
    const known = rowCounts(smaller?.questions, row);
    estimate[`typologie_actions.${row}`] = known ? soleRemainingCode(rowCounts(larger?.questions, row), [known]) : null;
  }
  return estimate;
}

/**
 * The campaign of the breakdown attacks: twelve verified collectivities of 100,000 to
 * 500,000 inhabitants (six départements, six métropoles), the six régions, and the given
 * first `count` départements of more than a million inhabitants; closed and published. Read by type and
 * by population band.
 */
async function twoBreakdowns(count: number, bigDepartements: (j: number) => Record<string, unknown>) {
  const { app } = await campaignApp();
  await verifiedGroup(app, DEPARTEMENTS.slice(0, 6), (j) => annualAnswers({ [BUDGET]: oddBudget(j), typologie_actions: backgroundTypology(j) }));
  await verifiedGroup(app, METROPOLES, (j) => annualAnswers({ [BUDGET]: 404_900 + 41_300 * j, typologie_actions: backgroundTypology(j + 1) }));
  await verifiedGroup(app, REGIONS, (j) => annualAnswers({ [BUDGET]: 2_103_700 + 41_300 * j, typologie_actions: backgroundTypology(j) }));
  await verifiedGroup(app, BIG_DEPARTEMENTS.slice(0, count), bigDepartements);
  await closeAndPublish(app, ANNUAL, CAMPAIGN);
  return {
    byType: await readResults(app, ANNUAL, CAMPAIGN, 'collectivite_type'),
    byBand: await readResults(app, ANNUAL, CAMPAIGN, 'strate_population'),
  };
}

describe('attacks across breakdowns and publications', () => {
  it('8. differencing two breakdowns: the régions taken from the collectivities of more than a million inhabitants leave one département', async () => {
    // The victim: the only verified département of more than a million inhabitants.
    const { byType, byBand } = await twoBreakdowns(1, () => annualAnswers({ [BUDGET]: VICTIM_BUDGET, typologie_actions: VICTIM_TYPOLOGY }));

    const estimate = differenceEstimate(publishedGroup(byBand, 'plus_1m'), publishedGroup(byType, 'region'));
    expect(exactlyRecovered(estimate, victimTruth(VICTIM_BUDGET))).toEqual([]);
  });

  it('9. republication after a single validation: the two publications, compared, give that one response', async () => {
    const { app, clock } = await campaignApp();
    const [reader] = await verifiedGroup(app, DEPARTEMENTS.slice(0, 6), (j) => annualAnswers({ [BUDGET]: oddBudget(j), typologie_actions: backgroundTypology(j) }));
    // K départements answer without invitation and wait for the administrator's check; the
    // victim is the first.
    const waiting = DEPARTEMENTS.slice(6, 6 + K);
    const pending = [await answerAnonymously(app, ANNUAL, annualAnswers({ collectivite: waiting[0], [BUDGET]: VICTIM_BUDGET, typologie_actions: VICTIM_TYPOLOGY }))];
    for (const [j, key] of waiting.slice(1).entries()) {
      pending.push(await answerAnonymously(app, ANNUAL, annualAnswers({ collectivite: key, [BUDGET]: oddBudget(10 + j), typologie_actions: backgroundTypology(j + 1) })));
    }
    await closeAndPublish(app, ANNUAL, CAMPAIGN);
    clock.advance(DAY);
    const first = await readResults(app, ANNUAL, CAMPAIGN);
    const peersFirst = await readPeers(app, reader!);
    expect(shownComparison(peersFirst)?.peerGroup.n).toBe(5);

    // The administrator withdraws the publication, validates the victim's response alone and
    // publishes again.
    await patchCampaign(app, ANNUAL, CAMPAIGN, { publish: false });
    clock.advance(HOUR);
    expect((await validateResponse(app, pending[0]!.id)).status).toBe(200);
    clock.advance(HOUR);
    const refused = await publish(app);
    expect(refused.status).toBe(409);
    expect((await errorOf(refused)).code).toBe('republication_trop_proche');
    const afterOne = await readResults(app, ANNUAL, CAMPAIGN);
    clock.advance(DAY);
    expect(await readPeers(app, reader!)).toEqual(peersFirst);

    // K validations in all since the last publication: published again, with all of them.
    for (const p of pending.slice(1)) expect((await validateResponse(app, p.id)).status).toBe(200);
    clock.advance(HOUR);
    expect((await publish(app)).status).toBe(200);
    const afterK = await readResults(app, ANNUAL, CAMPAIGN);
    expect([first.body?.n, afterK.body?.n]).toEqual([6, 6 + K]);

    const estimates = [afterOne, afterK].map((after) => exactlyRecovered(differenceEstimate(publishedDocument(after), publishedDocument(first)), victimTruth(VICTIM_BUDGET)));
    expect(estimates).toEqual([[], []]);
  });

  // A republication compares the responses noted as changed since the last publication (in
  // the same transaction as each change) with what they were then: no clock is read.
  it('9b. republication after a single validation handled by a process whose clock is a second behind', async () => {
    const { app, clock } = await campaignApp();
    await verifiedGroup(app, DEPARTEMENTS.slice(0, 6), (j) => annualAnswers({ [BUDGET]: oddBudget(j), typologie_actions: backgroundTypology(j) }));
    const victim = await answerAnonymously(app, ANNUAL, annualAnswers({ collectivite: DEPARTEMENTS[6], [BUDGET]: VICTIM_BUDGET, typologie_actions: VICTIM_TYPOLOGY }));
    await closeAndPublish(app, ANNUAL, CAMPAIGN);
    const first = await readResults(app, ANNUAL, CAMPAIGN);

    await patchCampaign(app, ANNUAL, CAMPAIGN, { publish: false });
    clock.advance(-1000);
    expect((await validateResponse(app, victim.id)).status).toBe(200);
    clock.advance(HOUR);
    await publish(app);
    const after = await readResults(app, ANNUAL, CAMPAIGN);

    expect(exactlyRecovered(differenceEstimate(publishedDocument(after), publishedDocument(first)), victimTruth(VICTIM_BUDGET))).toEqual([]);
  });

  it('10. publishing while answers come in, or validating under a publication: each new response would be a difference of two reads', async () => {
    const { app, clock } = await campaignApp();
    await verifiedGroup(app, DEPARTEMENTS.slice(0, 6), (j) => annualAnswers({ [BUDGET]: oddBudget(j), typologie_actions: backgroundTypology(j) }));
    const [victim] = BIG_DEPARTEMENTS;
    const codes = await invite(app, ANNUAL, CAMPAIGN, [victim!]);

    // Publishing the open campaign is refused.
    const early = await publish(app);
    expect(early.status).toBe(409);
    expect((await errorOf(early)).code).toBe('campagne_ouverte');
    // The attacker reads, the victim answers through its invitation, the attacker reads again.
    const beforeVictim = await readResults(app, ANNUAL, CAMPAIGN);
    await answerInvited(app, ANNUAL, codes.get(victim!)!, annualAnswers({ [BUDGET]: VICTIM_BUDGET, typologie_actions: VICTIM_TYPOLOGY }));
    const afterVictim = await readResults(app, ANNUAL, CAMPAIGN);

    // A late département answers without invitation; the campaign is closed and published
    // before the administrator gets to it, and validating it then is refused.
    const lateBudget = 873_900;
    const lateTypology = typology((i) => (i % 3 === 0 ? 'non' : 'prevue'));
    const late = await answerAnonymously(app, ANNUAL, annualAnswers({ collectivite: DEPARTEMENTS[6], [BUDGET]: lateBudget, typologie_actions: lateTypology }));
    await closeAndPublish(app, ANNUAL, CAMPAIGN);
    clock.advance(HOUR);
    const beforeLate = await readResults(app, ANNUAL, CAMPAIGN);
    const validation = await validateResponse(app, late.id);
    expect(validation.status).toBe(409);
    expect((await errorOf(validation)).code).toBe('campagne_publiee');
    const afterLate = await readResults(app, ANNUAL, CAMPAIGN);
    expect(beforeLate.body?.n).toBe(7);
    expect(afterLate).toEqual(beforeLate);

    expect({
      open: exactlyRecovered(differenceEstimate(publishedDocument(afterVictim), publishedDocument(beforeVictim)), victimTruth(VICTIM_BUDGET)),
      published: exactlyRecovered(differenceEstimate(publishedDocument(afterLate), publishedDocument(beforeLate)), victimTruth(lateBudget, lateTypology)),
    }).toEqual({ open: [], published: [] });
  });
});

describe('the peer snapshot around a few changes', () => {
  const NEWCOMER_BUDGET = 563_900;
  const NEWCOMER_TYPOLOGY = VICTIM_TYPOLOGY;
  const keys = DEPARTEMENTS.slice(0, 11);
  const answers = (j: number, budget = oddBudget(j)) => annualAnswers({ collectivite: keys[j], [BUDGET]: budget, typologie_actions: backgroundTypology(j) });

  /**
   * What the reader learns of the newcomer from two reads: when the group grew by one, its
   * budget from the move of the median (2 × new − old, as when it falls between the two
   * middle values) and, on each row, the one code that gained one peer; null otherwise.
   */
  function newcomerEstimate(before: PeersAnswer | null, after: PeersAnswer | null): Record<string, unknown> {
    const [nBefore, nAfter] = [num(before?.peerGroup.n), num(after?.peerGroup.n)];
    const grew = nBefore !== null && nAfter === nBefore + 1;
    const oldMedian = num(before?.numbers?.[BUDGET]?.peerMedian);
    const newMedian = num(after?.numbers?.[BUDGET]?.peerMedian);
    const estimate: Record<string, unknown> = { [BUDGET]: grew && oldMedian !== null && newMedian !== null ? 2 * newMedian - oldMedian : null };
    for (const row of TYPOLOGY_ROWS) {
      const key = `typologie_actions.${row}`;
      estimate[key] = grew ? newcomerCode(countsOf(before, key), countsOf(after, key)) : null;
    }
    return estimate;
  }

  /** Every statistic of the budget a comparison gives: what an edited budget would show up as. */
  const budgetFigures = (c: PeersAnswer | null) => (['peerMedian', 'q1', 'q3'] as const).map((s) => num(c?.numbers?.[BUDGET]?.[s]));

  it('11. a reader among ten peers reads its comparison around one edit and one newcomer: nothing moves until more than k peers changed and a day passed', async () => {
    const { app, clock } = await campaignApp();
    const [reader, ...peers] = await verifiedGroup(app, keys, (j) => answers(j));
    clock.advance(DAY);
    const reads: Read<PeersAnswer>[] = [await readPeers(app, reader!)];
    expect(shownComparison(reads[0]!)?.peerGroup.n).toBe(10);

    // The same day, one peer edits its budget; the next day, still that one change.
    const edited = [612_900];
    await editResponse(app, peers[0]!, answers(1, edited[0]));
    reads.push(await readPeers(app, reader!));
    clock.advance(DAY);
    reads.push(await readPeers(app, reader!));
    // One new verified peer, then three more edits: K changes in all; and a day later.
    await verifiedGroup(app, [DEPARTEMENTS[11]!], () => annualAnswers({ [BUDGET]: NEWCOMER_BUDGET, typologie_actions: NEWCOMER_TYPOLOGY }));
    reads.push(await readPeers(app, reader!));
    for (const j of [2, 3, 4]) {
      edited.push(oddBudget(j) + 203_100);
      await editResponse(app, peers[j - 1]!, answers(j, edited.at(-1)));
      reads.push(await readPeers(app, reader!));
    }
    clock.advance(DAY);
    reads.push(await readPeers(app, reader!));

    for (const read of reads.slice(1)) expect(read).toEqual(reads[0]);
    const comparisons = reads.map(shownComparison);
    const recovered = comparisons.slice(1).flatMap((after, i) => exactlyRecovered(newcomerEstimate(comparisons[i]!, after), victimTruth(NEWCOMER_BUDGET, NEWCOMER_TYPOLOGY)));
    const editedSeen = edited.filter((b) => comparisons.some((c) => budgetFigures(c).includes(b)));
    expect({ recovered, editedSeen }).toEqual({ recovered: [], editedSeen: [] });

    // One more change: more than K, and a day since the snapshot. The comparison moves on.
    edited.push(oddBudget(5) + 203_100);
    await editResponse(app, peers[4]!, answers(5, edited.at(-1)));
    const moved = shownComparison(await readPeers(app, reader!));
    // The budget changed for more than K members (the newcomer and five edits): it moves. The
    // group's size and the typology changed for one member only (the newcomer): they wait.
    expect(moved?.peerGroup.n).toBe(10);
    expect(moved?.peerGroup.asOf).not.toBe(comparisons[0]?.peerGroup.asOf);
    expect(budgetFigures(moved)).not.toEqual(budgetFigures(comparisons[0]!));
    expect(moved?.choices).toEqual(comparisons[0]?.choices);
  });

  // A snapshot's statistics are replaced one by one, each only once more than k members
  // changed it: budget edits move the budget, never the typology the newcomer alone changed.
  it('11b. differencing across a snapshot replacement: k budget edits around one newcomer leave its typology in the difference', async () => {
    const { app, clock } = await campaignApp();
    const [reader, ...peers] = await verifiedGroup(app, keys, (j) => answers(j));
    clock.advance(DAY);
    const before = shownComparison(await readPeers(app, reader!));
    await verifiedGroup(app, [DEPARTEMENTS[11]!], () => annualAnswers({ [BUDGET]: NEWCOMER_BUDGET, typologie_actions: NEWCOMER_TYPOLOGY }));
    for (const j of [1, 2, 3, 4, 5]) await editResponse(app, peers[j - 1]!, answers(j, oddBudget(j) + 203_100));
    clock.advance(DAY);
    const after = shownComparison(await readPeers(app, reader!));
    // The budget moved (six changes: the newcomer's and five edits); the typology did not.
    expect(after?.peerGroup.asOf).not.toBe(before?.peerGroup.asOf);
    expect(after?.choices).toEqual(before?.choices);

    expect(exactlyRecovered(newcomerEstimate(before, after), victimTruth(NEWCOMER_BUDGET, NEWCOMER_TYPOLOGY))).toEqual([]);
  });
});

describe('the breakdowns still answer (positive control)', () => {
  it('the région group or the group over a million is published once the two differ by k or more, and the difference is then computed', async () => {
    const seen = [];
    for (const count of [2, K]) {
      // Départements of more than a million inhabitants that all gave the same typology: once
      // published, the difference of the two groups says so (a group's common answer is what
      // a statistic about a group tells).
      const { byType, byBand } = await twoBreakdowns(count, (j) => annualAnswers({ [BUDGET]: 1_203_700 + 97_300 * j, typologie_actions: VICTIM_TYPOLOGY }));
      const k = byType.body?.suppressionK ?? NaN;
      const difference = (byBand.body?.groups?.plus_1m?.n ?? NaN) - (byType.body?.groups?.region?.n ?? NaN);
      const region = publishedGroup(byType, 'region');
      const overAMillion = publishedGroup(byBand, 'plus_1m');
      const estimate = differenceEstimate(overAMillion, region);
      seen.push({
        difference,
        published: region !== null || overAMillion !== null,
        typologyRead: TYPOLOGY_ROWS.every((r) => estimate[`typologie_actions.${r}`] === VICTIM_TYPOLOGY[r]),
        budgetRead: estimate[BUDGET] !== null,
      });
      expect(k).toBe(K);
    }
    expect(seen).toEqual([
      { difference: 2, published: false, typologyRead: false, budgetRead: false },
      { difference: K, published: true, typologyRead: true, budgetRead: true },
    ]);
  });
});
