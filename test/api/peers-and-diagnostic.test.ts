import { describe, expect, it } from 'vitest';
import { DAY, movingClock } from '../helpers/anonymity.js';
import { getWithToken, postJson, testApp } from '../helpers/test-app.js';
import { postVerified } from '../helpers/verified.js';
import { readJson } from '../helpers/read-json.js';
import { allSteps } from '../helpers/self-diagnosis.js';
import type { Diagnostic, PeersAnswer } from '../helpers/api-types.js';
import { citationsIn, isCited } from '../helpers/guide-quotes.js';
import { seededApp } from '../helpers/seeded.js';

type App = Awaited<ReturnType<typeof testApp>>['app'];

const ACTIONS = { promotion_internationale: 1, internationalisation_entreprises: 2, cooperation_economique: 3 };

async function annual(app: App, type: string, strate: string, budget: number, extra: Record<string, unknown> = {}, status = 'complete') {
  const res = await postJson(app, '/api/surveys/enquete-annuelle/responses', {
    answers: { collectivite_type: type, strate_population: strate, actions_realisees: ACTIONS, actions_a_renforcer: ACTIONS, budget_aict_euros: budget, ...extra },
    status,
  });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; token: string };
}

async function peers(app: App, r: { id: string; token: string }) {
  const res = await getWithToken(app, `/api/responses/${r.id}/peers`, r.token);
  expect(res.status).toBe(200);
  return readJson<PeersAnswer>(res);
}


describe('peer comparison of the annual survey', () => {
  it('counts verified peers only, withholds everything under k (n included), shows from k, narrows to the band at k, never counts the reader', async () => {
    const clock = movingClock('2026-11-22T10:00:00Z');
    const { app } = await testApp({ clock });
    const verified = (type: string, strate: string, budget: number, extra: Record<string, unknown> = {}) =>
      postVerified(app, 'enquete-annuelle', { collectivite_type: type, strate_population: strate, actions_realisees: ACTIONS, actions_a_renforcer: ACTIONS, budget_aict_euros: budget, ...extra });
    const me = await verified('metropole', '100k_500k', 250_000, { typologie_actions: { branding: 'non', salons_etranger: 'realisee' } });
    for (const b of [90_000, 180_000, 400_000, 120_000]) await verified('metropole', '100k_500k', b, { typologie_actions: { branding: 'realisee' } });
    // Others that are not peers: another type, a draft, and responses nobody checked.
    await verified('region', '100k_500k', 1);
    await annual(app, 'metropole', '100k_500k', 1, {}, 'partial');
    for (let i = 0; i < 6; i++) await annual(app, 'metropole', '100k_500k', 1);

    const four = await peers(app, me);
    expect(four).toEqual({
      peerGroup: { collectivite_type: 'metropole', strate_population: null, asOf: '2026-11-22T00:00:00.000Z' },
      suppressed: true,
      reason: expect.stringMatching(/au moins 5/),
    });

    // Six more métropoles of another band: more than k changes, so tomorrow's snapshot shows them.
    for (const b of [600_000, 700_000, 800_000, 900_000, 1_000_000, 1_100_000]) await verified('metropole', '500k_1m', b, { typologie_actions: { branding: 'non' } });
    expect((await peers(app, me)).suppressed).toBe(true); // still today's snapshot
    clock.advance(DAY);
    const ten = await peers(app, me);
    // The band has 4 peers (< 5): the whole type. Peers 90 … 1 100 (thousands), the reader's 250 not among them.
    expect(ten.peerGroup).toEqual({ collectivite_type: 'metropole', strate_population: null, n: 10, asOf: '2026-11-23T00:00:00.000Z' });
    expect(ten.suppressed).toBe(false);
    // Median 650 000; q1 = 235 000 → 240 000, q3 = 875 000 → 880 000 (two significant figures); 250 000 lies between q1 and the median.
    expect(ten.numbers!.budget_aict_euros).toEqual({ value: 250_000, peerMedian: 650_000, q1: 240_000, q3: 880_000, position: 'q2' });
    expect(ten.choices!['typologie_actions.branding']).toEqual({ value: 'non', peerPercents: { realisee: 40, prevue: 0, non: 60 } });
    expect(ten.gaps).toEqual([]);

    // Six more in the reader's band: tomorrow the band has 10 peers, and is used.
    for (const b of [250_000, 260_000, 270_000, 280_000, 290_000, 300_000]) await verified('metropole', '100k_500k', b, { typologie_actions: { branding: 'realisee' } });
    clock.advance(DAY);
    const narrowed = await peers(app, me);
    expect(narrowed.peerGroup).toEqual({ collectivite_type: 'metropole', strate_population: '100k_500k', n: 10, asOf: '2026-11-24T00:00:00.000Z' });
    // Peers 90, 120, 180, 250, 260, 270, 280, 290, 300, 400 (thousands): median 265 000 → 270 000.
    expect(narrowed.numbers!.budget_aict_euros!.peerMedian).toBe(270_000);
    expect(narrowed.gaps).toEqual([{ action: 'branding', peerShare: 100 }]);
  });

  it('peers and diagnostic cannot be read with another response’s token, nor without one', async () => {
    const { app } = await testApp();
    const a = await annual(app, 'region', 'plus_1m', 1000);
    const b = await annual(app, 'region', 'plus_1m', 2000);
    expect((await getWithToken(app, `/api/responses/${a.id}/peers`, b.token)).status).toBe(404);
    expect((await getWithToken(app, `/api/responses/${a.id}/peers`)).status).toBe(401);
    const res = await postJson(app, '/api/surveys/autodiagnostic/responses', { answers: { collectivite_type: 'region', ...allSteps(1) }, status: 'complete' });
    const d = (await res.json()) as { id: string; token: string };
    expect((await getWithToken(app, `/api/responses/${d.id}/diagnostic`, a.token)).status).toBe(404);
    expect((await getWithToken(app, `/api/responses/${d.id}/diagnostic`)).status).toBe(401);
    expect((await getWithToken(app, `/api/responses/${d.id}/diagnostic`, d.token)).status).toBe(200);
    const wrongKind = await getWithToken(app, `/api/responses/${a.id}/diagnostic`, a.token);
    expect(wrongKind.status).toBe(422);
  });
});

describe('self-diagnosis', () => {
  it('scores the steps, gives the level and recommendations naming the guide sections', async () => {
    const { app } = await testApp();
    const answers = {
      collectivite_type: 'departement',
      ...allSteps(3),
      diagnostic_partage: { parties_prenantes: 3, opportunites: 2, vision_politique: 0 },
      cadrage: { priorites_geographiques: 1, priorites_sectorielles_actions: 1, conventions_partenariales: 1, financements_identifies: 1 },
      typologie_actions: { compagnonnages: 'prevue', branding: 'non' },
    };
    const res = await postJson(app, '/api/surveys/autodiagnostic/responses', { answers, status: 'complete' });
    const r = (await res.json()) as { id: string; token: string };
    const d = await readJson<Diagnostic>(await getWithToken(app, `/api/responses/${r.id}/diagnostic`, r.token));
    expect(Object.keys(d.steps)).toEqual(['mobilisation_interne', 'diagnostic_partage', 'cadrage', 'evaluation', 'mise_en_oeuvre']);
    expect(d.steps.diagnostic_partage!.score).toBeCloseTo(55.556, 2);
    expect(d.steps.cadrage!.score).toBeCloseTo(33.333, 2);
    expect(d.overall).toBeCloseTo((100 + 55.556 + 33.333 + 100 + 100) / 5, 2);
    expect(d.level).toBe('avance'); // 77,8 ≥ 75
    expect(d.recommendations.map((x) => [x.item, x.section])).toEqual([
      ['vision_politique', 'Fiche B'],
      ['opportunites', 'Fiche B'],
      ['priorites_geographiques', 'Fiche C'],
      ['priorites_sectorielles_actions', 'Fiche C'],
      ['conventions_partenariales', 'Fiche C'],
      ['financements_identifies', 'Fiche C'],
    ]);
    // Cooperation is planned: its practical sheet and its funding leads, the ministry's call dated 2017.
    expect(d.categories.map((c) => c.section)).toEqual(['Fiche pratique 3']);
    expect(d.funding.map((f) => f.category)).toEqual(['cooperation']);
    expect(d.funding[0]!.leads.map((l) => l.name)).toContain('Programme européen URBACT');
    expect(d.funding[0]!.leads.find((l) => l.id === 'financement.meae-daect')).toMatchObject({ date: '2017', dateLabel: '2017' });
    // The economic indicators of Fiche pratique 3 first; then, without stored workshop responses, the guide's printed table ranks the UA 2014 ones.
    expect(d.indicators[0]).toMatchObject({ code: 'participations_acteurs', kind: 'economique', section: 'Fiche pratique 3' });
    expect(d.indicators.find((i) => i.kind === 'ua2014')).toMatchObject({ code: 'nationalites_habitants', acces: 3, pertinence: 5 });
    expect(d.indicatorRatings).toBe('guide');
    // A département: the guide's passage on communes and départements, and the échelon view starts with its own.
    const sectoral = d.recommendations.find((x) => x.item === 'priorites_sectorielles_actions')!;
    expect(sectoral.tailored.map((t) => t.because)).toEqual(['Pour votre échelon (Départements)']);
    expect(sectoral.tailored[0]!.sources.some((x) => x.quote.startsWith('les communes et les départements pour développer des actions connexes'))).toBe(true);
    expect(d.echelons[0]).toMatchObject({ level: 'departements', own: true });
  });

  it('cites the guide verbatim in every piece of advice, and lists the skills to work on', async () => {
    const { app } = await testApp();
    const answers = {
      collectivite_type: 'metropole',
      ...allSteps(0),
      typologie_actions: { formations_export: 'realisee', branding: 'realisee', compagnonnages: 'prevue' },
      competences_strategie: { strategie_attractivite: 0, strategie_influence: 2 },
      competences_savoir_etre: { langues_etrangeres: 1 },
    };
    const res = await postJson(app, '/api/surveys/autodiagnostic/responses', { answers, status: 'complete' });
    expect(res.status, await res.clone().text()).toBe(201);
    const r = (await res.json()) as { id: string; token: string };
    const d = await readJson<Diagnostic>(await getWithToken(app, `/api/responses/${r.id}/diagnostic`, r.token));
    const pieces = [
      ...d.recommendations,
      ...d.recommendations.flatMap((x) => x.tailored),
      ...d.categories.flatMap((c) => c.questions),
      ...d.funding.flatMap((f) => f.leads),
      ...d.indicators,
      ...d.examples,
      ...d.actors.actors,
      ...d.training.skills,
    ];
    expect(pieces.length).toBeGreaterThan(100);
    for (const piece of pieces) expect(isCited(piece.source), `${piece.source.section} : ${piece.source.quote}`).toBe(true);
    expect(citationsIn(d).filter((c) => !isCited(c))).toEqual([]);
    expect(d.training.skills.map((x) => [x.code, x.statusLabel])).toEqual([
      ['strategie_attractivite', 'à acquérir'],
      ['langues_etrangeres', 'à renforcer'],
    ]);
    expect(d.training.rated).toBe(3);
    // A métropole is both a métropole and an EPCI in the guide's view of levels.
    expect(d.echelons.filter((l) => l.own).map((l) => l.level)).toEqual(['metropoles', 'epci', 'tous']);
    expect(d.actors.actors.find((a) => a.id === 'acteur.business-france')).toMatchObject({ where: 'etranger', whereLabel: 'À l’étranger' });
  });

  it('rates the UA 2014 indicators from the stored workshop responses when there are some', async () => {
    const { app } = await seededApp('replay');
    const res = await postJson(app, '/api/surveys/autodiagnostic/responses', { answers: { collectivite_type: 'commune', ...allSteps(0) }, status: 'complete' });
    const r = (await res.json()) as { id: string; token: string };
    const d = await readJson<Diagnostic>(await getWithToken(app, `/api/responses/${r.id}/diagnostic`, r.token));
    expect(d.indicatorRatings).toBe('recalculees');
    // The reconstructed workshop gives back the printed medians, so the same five lead.
    expect(d.indicators.filter((i) => i.kind === 'ua2014').map((i) => [i.code, i.acces, i.pertinence])).toEqual([
      ['nationalites_habitants', 3, 5],
      ['associations_international', 3, 5],
      ['partenariats_universites', 3, 5],
      ['mobilite_jeunes', 2, 5],
      ['structures_engagees', 2, 5],
    ]);
  });

  it('compares the five step scores and the overall score with peers', async () => {
    const { app } = await testApp();
    const post = (status: number) => postVerified(app, 'autodiagnostic', { collectivite_type: 'commune', strate_population: 'moins_20k', ...allSteps(status) });
    const me = await post(2);
    for (const s of [0, 1, 1, 3, 3]) await post(s);
    const p = await peers(app, me);
    expect(p.peerGroup).toMatchObject({ collectivite_type: 'commune', strate_population: 'moins_20k', n: 5 });
    // Peers' overall scores 0, 33.3, 33.3, 100, 100: median 33 (two significant figures), q3 100; mine 66.7 lies between them.
    expect(p.numbers!.overall).toEqual({ value: expect.closeTo(66.667, 2), peerMedian: 33, q1: 33, q3: 100, position: 'q3' });
    expect(Object.keys(p.numbers!)).toEqual(['mobilisation_interne', 'diagnostic_partage', 'cadrage', 'evaluation', 'mise_en_oeuvre', 'overall']);
  });
});
