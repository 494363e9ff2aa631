import { describe, expect, it } from 'vitest';
import { countStoredRows } from '../../api/queries/count-stored-rows.js';
import { seedDatabase } from '../../api/seed/seed-database.js';
import { seededApp } from '../helpers/seeded.js';
import { readJson } from '../helpers/read-json.js';
import type { CreatedResponse, PeersAnswer } from '../helpers/api-types.js';
import { allSteps } from '../helpers/self-diagnosis.js';
import { getWithToken, postJson } from '../helpers/test-app.js';
import type { NumberResult } from '../../api/instruments/kinds/number.js';
import type { ResultsDocument } from '../../api/results/build-results-document.js';

describe('SEED', () => {
  it('none leaves a new database empty', async () => {
    const { db, report } = await seededApp('none');
    expect(report.seeded).toBe(false);
    expect(await countStoredRows(db)).toEqual({ responses: 0, counts: 0 });
  });

  it('replay loads the four reconstructions into campaigns named by their year, labelled as such', async () => {
    const { db, report } = await seededApp('replay');
    expect(report.loaded).toBe(18 + 15 + 12 + 21);
    const campaigns = await db.selectFrom('campaigns').selectAll().orderBy('survey_id').execute();
    expect(campaigns.map((c) => [c.survey_id, c.campaign, c.nature])).toEqual([
      ['arricod-2014', '2014', 'reconstitution'],
      ['arricod-2016', '2016', 'reconstitution'],
      ['ua-2014-indicateurs', '2014', 'reconstitution'],
      ['ua-2015-kit-de-survie', '2015', 'reconstitution'],
    ]);
    for (const c of campaigns) expect(c.label).toMatch(/reconstitution/);
    // History is closed: the home page offers its results, not a form.
    const { app } = await seededApp('replay');
    const list = (await (await app.request('/api/surveys')).json()) as { id: string; open: boolean }[];
    expect(Object.fromEntries(list.map((s) => [s.id, s.open]))).toEqual({
      'enquete-annuelle': true, autodiagnostic: true, 'arricod-2016': false, 'arricod-2014': false, 'ua-2014-indicateurs': false, 'ua-2015-kit-de-survie': false,
    });
  });

  // Seeds the demo twice: about 25 s on PostgreSQL on a loaded machine.
  it('demo adds a fictitious annual campaign of several hundred real collectivities, the same on every run', { timeout: 120_000 }, async () => {
    const a = await seededApp('demo');
    const b = await seededApp('demo');
    const rows = (db: typeof a.db) =>
      db.selectFrom('responses').select(['collectivite', 'collectivite_type', 'answers', 'status']).where('campaign', '=', 'demo').orderBy('collectivite').execute();
    const first = await rows(a.db);
    expect(first.length).toBeGreaterThanOrEqual(300);
    expect(await rows(b.db)).toEqual(first);
    const types = new Set(first.map((r) => r.collectivite_type));
    expect(types).toEqual(new Set(['region', 'departement', 'metropole', 'communaute_urbaine', 'communaute_agglomeration', 'communaute_communes', 'commune']));
    const campaign = await a.db.selectFrom('campaigns').selectAll().where('campaign', '=', 'demo').executeTakeFirstOrThrow();
    expect(campaign.nature).toBe('fictive');
    expect(campaign.label).toMatch(/fictives/);
    // Plausible differences: régions spend more than communes.
    const res = await a.app.request('/api/surveys/enquete-annuelle/results?campaign=demo&groupBy=collectivite_type');
    const doc = await readJson<ResultsDocument>(res);
    const budgetMedian = (type: string) => (doc.groups![type]!.questions!.budget_aict_euros as NumberResult).stats!.median!;
    expect(budgetMedian('region')).toBeGreaterThan(budgetMedian('commune') * 5);
  });

  it('demo also gives the self-diagnosis fictitious verified peers, labelled, so that a new one is compared at once', async () => {
    const { app, db } = await seededApp('demo');
    const campaign = await db.selectFrom('campaigns').selectAll().where('survey_id', '=', 'autodiagnostic').executeTakeFirstOrThrow();
    expect(campaign).toMatchObject({ campaign: 'permanent', nature: 'fictive', closes_at: null });
    expect(campaign.note).toMatch(/FICTIFS/);
    const stored = await db.selectFrom('responses').select(['verification', 'counted']).where('survey_id', '=', 'autodiagnostic').execute();
    expect(stored.length).toBeGreaterThan(50);
    expect(stored.every((r) => r.verification === 'verifiee' && r.counted === 1)).toBe(true);
    // A new respondent, not checked yet, of a type the demo holds: its peers are there.
    const res = await postJson(app, '/api/surveys/autodiagnostic/responses', { answers: { collectivite: 'epci:200040715', ...allSteps(2) }, status: 'complete' });
    const { id, token } = await readJson<CreatedResponse>(res);
    const peers = await readJson<PeersAnswer>(await getWithToken(app, `/api/responses/${id}/peers`, token));
    expect(peers.suppressed).toBe(false);
    expect(peers.peerGroup.n).toBeGreaterThanOrEqual(5);
  });

  it('a database that already holds responses is not seeded again', async () => {
    const { deps, db } = await seededApp('replay');
    const before = await countStoredRows(db);
    const again = await seedDatabase(deps, 'demo');
    expect(again.seeded).toBe(false);
    expect(await countStoredRows(db)).toEqual(before);
  });
});
