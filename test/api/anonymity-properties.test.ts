import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testApp } from '../helpers/test-app.js';
import {
  ANNUAL,
  DAY,
  TYPOLOGY_CODES,
  TYPOLOGY_ROWS,
  annualAnswers,
  answerAnonymously,
  answerInvited,
  closeAndPublish,
  collectivities,
  editResponse,
  invite,
  movingClock,
  openCampaign,
  readPeers,
  readResults,
  shownComparison,
  typology,
  type Holder,
  type Read,
} from '../helpers/anonymity.js';
import type { PeersAnswer, ResultsAnswer } from '../helpers/api-types.js';

/*
 * Anonymity as properties (spec/api.md, "Disclosure rules of results", "Peer comparison"):
 * random campaigns and random edits, fixed seed and run counts so that a failure replays
 * exactly. Each run builds a whole campaign, so a failure ends the run instead of being
 * shrunk (the counterexample is printed as found).
 */
const SEED = 20270111;
const K = 5;
const CAMPAIGN = 'p2027';
const START = '2027-01-11T10:00:00Z';
const DEPARTEMENTS = collectivities('departement', '100k_500k', 40);

const GROUPING = ['systematique', 'parfois', 'jamais'] as const;
type Grouping = (typeof GROUPING)[number] | null;
const grouping = fc.constantFrom<Grouping>(...GROUPING, null);

/** A campaign: group sizes around k, blanks of the grouping question, responses without invitation, then edits. */
const campaignPlan = fc.record({
  sizes: fc.tuple(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 8 })),
  blanks: fc.integer({ min: 0, max: 4 }),
  unverified: fc.array(grouping, { maxLength: 4 }),
  edits: fc.array(fc.record({ who: fc.nat(), to: fc.oneof(grouping.map((evaluation) => ({ evaluation })), fc.constant('partial' as const)) }), { maxLength: 6 }),
});

/**
 * The sizes of the sets that sums and differences of the published total and published
 * groups single out, when smaller than k. Groups are disjoint, so every such set is a union
 * of published groups, or the total less such a union. Withheld groups carry no statistic:
 * only groups whose figures are published count.
 */
function isolatedSets(read: Read<ResultsAnswer>, k: number): number[] {
  if (read.status !== 200 || !read.body || read.body.suppressed) return [];
  const total = read.body.n;
  const shown = Object.values(read.body.groups ?? {})
    .filter((g) => g.suppressed === false)
    .map((g) => g.n);
  const small: number[] = [];
  for (let mask = 0; mask < 1 << shown.length; mask++) {
    const union = shown.reduce((s, n, i) => (mask & (1 << i) ? s + n : s), 0);
    for (const size of [union, total - union]) if (size > 0 && size < k) small.push(size);
  }
  return small;
}

describe('anonymity properties', () => {
  it(`(a) no combination of a published total and published groups isolates fewer than k responses (20 runs, seed ${SEED})`, async () => {
    await fc.assert(
      fc.asyncProperty(campaignPlan, async (plan) => {
        const { app } = await testApp({ clock: movingClock(START) });
        await openCampaign(app, ANNUAL, CAMPAIGN);
        const groupings: Grouping[] = [...plan.sizes.flatMap((n, g) => Array<Grouping>(n).fill(GROUPING[g]!)), ...Array<Grouping>(plan.blanks).fill(null)];
        const keys = DEPARTEMENTS.slice(0, groupings.length);
        const codes = keys.length > 0 ? await invite(app, ANNUAL, CAMPAIGN, keys) : new Map<string, string>();
        const respondents: { holder: Holder; answers: Record<string, unknown> }[] = [];
        const withGrouping = (answers: Record<string, unknown>, g: Grouping) => {
          const { evaluation_impact: _, ...rest } = answers;
          return g ? { ...rest, evaluation_impact: g } : rest;
        };
        for (const [i, key] of keys.entries()) {
          const answers = withGrouping(annualAnswers({ collectivite: key, budget_aict_euros: 100_700 + 13_100 * i }), groupings[i]!);
          respondents.push({ holder: await answerInvited(app, ANNUAL, codes.get(key)!, answers), answers });
        }
        for (const g of plan.unverified) {
          const answers = withGrouping(annualAnswers({ collectivite_type: 'departement', strate_population: '100k_500k', budget_aict_euros: 0 }), g);
          respondents.push({ holder: await answerAnonymously(app, ANNUAL, answers), answers });
        }
        for (const edit of plan.edits) {
          if (respondents.length === 0) break;
          const r = respondents[edit.who % respondents.length]!;
          if (edit.to === 'partial') {
            await editResponse(app, r.holder, r.answers, 'partial');
          } else {
            r.answers = withGrouping(r.answers, edit.to.evaluation);
            await editResponse(app, r.holder, r.answers);
          }
        }
        await closeAndPublish(app, ANNUAL, CAMPAIGN);
        const read = await readResults(app, ANNUAL, CAMPAIGN, 'evaluation_impact');
        expect(read.status).toBe(200);
        const sizes = { total: read.body?.n, groups: Object.fromEntries(Object.entries(read.body?.groups ?? {}).map(([key, g]) => [key, [g.n, g.suppressed]])) };
        expect(isolatedSets(read, K), JSON.stringify(sizes)).toEqual([]);
      }),
      { seed: SEED, numRuns: 20, endOnFailure: true },
    );
  });

  it(`(b) a peer comparison is unchanged by the reader’s own edits, except its own value and position (30 runs, seed ${SEED})`, async () => {
    const clock = movingClock(START);
    const { app } = await testApp({ clock });
    await openCampaign(app, ANNUAL, CAMPAIGN);
    const keys = DEPARTEMENTS.slice(0, 8);
    const codes = await invite(app, ANNUAL, CAMPAIGN, keys);
    const holders: Holder[] = [];
    for (const [j, key] of keys.entries()) {
      const answers = annualAnswers({
        budget_aict_euros: 163_900 + 71_300 * j,
        etp_aict: 1.5 + j,
        partenariats_actifs: 3 + 2 * j,
        typologie_actions: typology((i) => TYPOLOGY_CODES[(i + j) % 3]!),
        acteurs_mobilises: { entreprises: j % 2 ? 'oui' : 'non', reseaux: j % 3 ? 'oui' : 'non' },
      });
      holders.push(await answerInvited(app, ANNUAL, codes.get(key)!, answers));
    }
    clock.advance(DAY);
    const reader = holders[0]!;
    const baseline = await readPeers(app, reader);
    expect(shownComparison(baseline), JSON.stringify(baseline.body)).not.toBeNull();

    const ownEdit = fc.record(
      {
        budget_aict_euros: fc.integer({ min: 0, max: 1_000_000_000 }),
        etp_aict: fc.integer({ min: 0, max: 200 }).map((x) => x / 2),
        partenariats_actifs: fc.integer({ min: 0, max: 500 }),
        typologie_actions: fc.dictionary(fc.constantFrom(...TYPOLOGY_ROWS), fc.constantFrom(...TYPOLOGY_CODES), { minKeys: 1 }),
        acteurs_mobilises: fc.dictionary(fc.constantFrom('entreprises', 'reseaux', 'chambres_consulaires'), fc.constantFrom('oui', 'non'), { minKeys: 1 }),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(ownEdit, async (edit) => {
        await editResponse(app, reader, annualAnswers({ collectivite: keys[0], ...edit }));
        const read = await readPeers(app, reader);
        expect(withoutOwnAnswers(read)).toEqual(withoutOwnAnswers(baseline));
      }),
      { seed: SEED, numRuns: 30, endOnFailure: true },
    );
  });
});

/**
 * A comparison without what the reader's own answers decide: its own values, their
 * position, and the list of actions it does not carry out (a selection of peer shares that
 * `choices` already gives). Everything else describes the peers and must not move.
 */
function withoutOwnAnswers(read: Read<PeersAnswer>) {
  if (!read.body) return read;
  const { gaps: _gaps, numbers, choices, ...peers } = read.body;
  const mapValues = <T, U>(o: Record<string, T> | undefined, f: (x: T) => U) => (o ? Object.fromEntries(Object.entries(o).map(([key, x]) => [key, f(x)])) : undefined);
  return {
    status: read.status,
    body: {
      ...peers,
      numbers: mapValues(numbers, ({ value: _value, position: _position, ...n }) => n),
      choices: mapValues(choices, ({ value: _value, ...c }) => c),
    },
  };
}
