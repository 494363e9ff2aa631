import { describe, expect, it } from 'vitest';
import { testApp } from '../helpers/test-app.js';
import {
  ANNUAL,
  DAY,
  TYPOLOGY_CODES,
  TYPOLOGY_ROWS,
  VICTIM_TYPOLOGY,
  annualAnswers,
  answerAnonymously,
  answerInvited,
  collectivities,
  countsOf,
  editResponse,
  exactlyRecovered,
  fieldOf,
  invite,
  movingClock,
  newcomerCode,
  num,
  openCampaign,
  otherThan,
  readPeers,
  shownComparison,
  typology,
  verifiedRespondent,
  type Holder,
} from '../helpers/anonymity.js';

/*
 * Attacks on the peer comparison (GET /api/responses/:id/peers), written as the attacker
 * runs them: public routes and the attacker's own responses only. Each test computes the
 * attacker's best estimate of verified victims' answers exactly as its attack prescribes
 * and expects that no targeted answer is recovered exactly (spec/api.md, "Who counts",
 * "Peer comparison"). A refused or suppressed comparison leaves the attacker with nothing,
 * which passes too.
 */

const CAMPAIGN = '2027';
const START = '2027-01-11T10:00:00Z';

// Métropoles of 100,000 to 500,000 inhabitants in the official registry.
const GRENOBLE = 'epci:200040715';
const DIJON = 'epci:242100410';
const METZ = 'epci:200039865';
const BREST = 'epci:242900314';
const RENNES = 'epci:243500139';
const TOURS = 'epci:243700754';
const SAINT_ETIENNE = 'epci:244200770';

/** The victim's budget: an odd figure, as real budgets are. */
const VICTIM_BUDGET = 437_300;

/** The targeted answers: the budget and each typology row. */
function victimTruth(budget: number, typo = VICTIM_TYPOLOGY): Record<string, unknown> {
  return { budget_aict_euros: budget, ...Object.fromEntries(TYPOLOGY_ROWS.map((r) => [`typologie_actions.${r}`, typo[r]])) };
}

async function campaignApp() {
  const clock = movingClock(START);
  const { app } = await testApp({ clock });
  await openCampaign(app, ANNUAL, CAMPAIGN);
  return { app, clock };
}

describe('attacks on the peer comparison', () => {
  it('1. padding a peer group: five anonymous responses around one verified métropole read its budget (median) and typology (shares)', async () => {
    const { app, clock } = await campaignApp();
    // The victim: Grenoble-Alpes-Métropole, the only verified métropole of its band.
    await verifiedRespondent(app, ANNUAL, CAMPAIGN, GRENOBLE, annualAnswers({ budget_aict_euros: VICTIM_BUDGET, typologie_actions: VICTIM_TYPOLOGY }));
    // Verified métropoles of the next band, so that the type group is real: they answer the
    // other non-"non" code wherever the victim answered, and budgets unlike hers.
    const larger = collectivities('metropole', '500k_1m', 5);
    const codes = await invite(app, ANNUAL, CAMPAIGN, larger);
    const largerBudgets = [120_700, 251_300, 618_900, 884_100, 1_507_300];
    for (const [i, key] of larger.entries()) {
      const typologie_actions = typology((r) => otherThan(VICTIM_TYPOLOGY[TYPOLOGY_ROWS[r]!]!));
      await answerInvited(app, ANNUAL, codes.get(key)!, annualAnswers({ budget_aict_euros: largerBudgets[i], typologie_actions }));
    }
    clock.advance(DAY);

    // The attack: five complete responses without invitation, in the victim's type and band.
    // The reader's four peers besides the victim: two budgets below any, two above, so the
    // median is hers; "non" on every row, so any other share is hers.
    const padding: Holder[] = [];
    for (const budget of [0, 0, 0, 1_000_000_000, 1_000_000_000]) {
      const answers = annualAnswers({ collectivite_type: 'metropole', strate_population: '100k_500k', budget_aict_euros: budget, typologie_actions: typology(() => 'non') });
      padding.push(await answerAnonymously(app, ANNUAL, answers));
    }
    clock.advance(DAY);
    const peers = shownComparison(await readPeers(app, padding[0]!));

    const estimate: Record<string, unknown> = { budget_aict_euros: num(peers?.numbers?.budget_aict_euros?.peerMedian) };
    for (const row of TYPOLOGY_ROWS) {
      const shares = peers?.choices?.[`typologie_actions.${row}`]?.peerPercents;
      if (!shares) {
        estimate[`typologie_actions.${row}`] = null;
        continue;
      }
      // The padding said "non": the largest other share is the victim's answer.
      const others = (['realisee', 'prevue'] as const).filter((c) => (shares[c] ?? 0) > 0).sort((a, b) => shares[b]! - shares[a]!);
      estimate[`typologie_actions.${row}`] = others[0] ?? 'non';
    }
    expect(exactlyRecovered(estimate, victimTruth(VICTIM_BUDGET))).toEqual([]);
  });

  it('2. probing with one’s own value: bisecting one’s own budget finds each peer’s exact budget', async () => {
    const { app, clock } = await campaignApp();
    const victims = [
      { key: GRENOBLE, budget: 437_300 },
      { key: METZ, budget: 281_900 },
      { key: BREST, budget: 612_700 },
      { key: RENNES, budget: 1_093_500 },
      { key: TOURS, budget: 759_100 },
    ];
    for (const v of victims) await verifiedRespondent(app, ANNUAL, CAMPAIGN, v.key, annualAnswers({ budget_aict_euros: v.budget }));
    // The attacker is a verified member of the group: Dijon Métropole, invited like the others.
    const attacker = await verifiedRespondent(app, ANNUAL, CAMPAIGN, DIJON, annualAnswers({ budget_aict_euros: 500_000 }));
    clock.advance(DAY);

    /** Where the attacker's own budget stands among the peers, as the comparison tells it. */
    let trips = 0;
    const standing = async (budget: number): Promise<string | null> => {
      trips++;
      await editResponse(app, attacker, annualAnswers({ collectivite: DIJON, budget_aict_euros: budget }));
      const b = shownComparison(await readPeers(app, attacker))?.numbers?.budget_aict_euros;
      return b ? JSON.stringify([fieldOf(b, 'percentileRank') ?? null, b.position ?? null]) : null;
    };
    const found = await changePoints(standing, 0, 1_000_000_000);

    const recovered = victims.filter((v) => found.includes(v.budget)).map((v) => `${v.key}: ${v.budget}`);
    expect(recovered, `bisection (${trips} round trips) found ${JSON.stringify(found)}`).toEqual([]);
  });

  it('3. live differencing: two reads around one newcomer isolate its budget and typology', async () => {
    const { app, clock } = await campaignApp();
    const group = [METZ, BREST, RENNES, TOURS, SAINT_ETIENNE];
    const budgets = [104_700, 198_300, 302_900, 511_100, 893_500];
    const codes = await invite(app, ANNUAL, CAMPAIGN, [...group, GRENOBLE, DIJON]);
    for (const [j, key] of group.entries()) {
      await answerInvited(app, ANNUAL, codes.get(key)!, annualAnswers({ budget_aict_euros: budgets[j], typologie_actions: typology((i) => TYPOLOGY_CODES[(i + j) % 3]!) }));
    }
    const attacker = await answerInvited(app, ANNUAL, codes.get(DIJON)!, annualAnswers({ budget_aict_euros: 250_000 }));
    clock.advance(DAY);
    const before = shownComparison(await readPeers(app, attacker));

    // One more verified respondent completes; a day later the attacker reads again.
    await answerInvited(app, ANNUAL, codes.get(GRENOBLE)!, annualAnswers({ budget_aict_euros: VICTIM_BUDGET, typologie_actions: VICTIM_TYPOLOGY }));
    clock.advance(DAY);
    const after = shownComparison(await readPeers(app, attacker));

    const oldMedian = num(before?.numbers?.budget_aict_euros?.peerMedian);
    const newMedian = num(after?.numbers?.budget_aict_euros?.peerMedian);
    // Five peers had the median at their third value; with the newcomer between the third and
    // the fourth, the new median is the mean of the old one and the newcomer's budget.
    const estimate: Record<string, unknown> = { budget_aict_euros: oldMedian !== null && newMedian !== null ? 2 * newMedian - oldMedian : null };
    for (const row of TYPOLOGY_ROWS) {
      const key = `typologie_actions.${row}`;
      estimate[key] = newcomerCode(countsOf(before, key), countsOf(after, key));
    }
    expect(exactlyRecovered(estimate, victimTruth(VICTIM_BUDGET))).toEqual([]);
  });
});

describe('the peer comparison still answers (positive control)', () => {
  it('an invited collectivity among ten verified peers gets its comparison', async () => {
    const { app, clock } = await campaignApp();
    const departements = collectivities('departement', '100k_500k', 11);
    const codes = await invite(app, ANNUAL, CAMPAIGN, departements);
    const holders: Holder[] = [];
    for (const [j, key] of departements.entries()) {
      const answers = annualAnswers({ budget_aict_euros: 150_000 + 23_700 * j, typologie_actions: typology((i) => TYPOLOGY_CODES[(i * j) % 3]!) });
      holders.push(await answerInvited(app, ANNUAL, codes.get(key)!, answers));
    }
    clock.advance(DAY);
    const read = await readPeers(app, holders[0]!);
    expect(read.status).toBe(200);
    expect(read.body?.suppressed).toBe(false);
    expect(read.body?.peerGroup).toMatchObject({ collectivite_type: 'departement', n: 10 });
    expect(read.body?.numbers?.budget_aict_euros?.value).toBe(150_000);
    expect(typeof read.body?.numbers?.budget_aict_euros?.peerMedian).toBe('number');
    const branding = read.body?.choices?.['typologie_actions.branding']?.peerPercents;
    expect(TYPOLOGY_CODES.reduce((sum, c) => sum + (branding?.[c] ?? 0), 0)).toBeGreaterThanOrEqual(99);
  });
});

/**
 * The integers in [lo, hi] where a nondecreasing step function changes: bisection, each
 * probe one round trip. A signal that never changes (a refused comparison) finds nothing.
 */
async function changePoints(f: (x: number) => Promise<string | null>, lo: number, hi: number): Promise<number[]> {
  const found: number[] = [];
  const search = async (a: number, fa: string | null, b: number, fb: string | null): Promise<void> => {
    if (fa === fb) return;
    if (b - a === 1) {
      found.push(b);
      return;
    }
    const mid = Math.floor((a + b) / 2);
    const fm = await f(mid);
    await search(a, fa, mid, fm);
    await search(mid, fm, b, fb);
  };
  await search(lo, await f(lo), hi, await f(hi));
  return found;
}
