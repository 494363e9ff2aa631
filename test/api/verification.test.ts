import { describe, expect, it } from 'vitest';
import { movingClock } from '../helpers/anonymity.js';
import { ADMIN, adminJson, getWithToken, postJson, testApp } from '../helpers/test-app.js';
import { readJson } from '../helpers/read-json.js';
import { allSteps } from '../helpers/self-diagnosis.js';
import type { InvitationsAnswer, ResponseForReview, StoredResponse } from '../helpers/api-types.js';

type App = Awaited<ReturnType<typeof testApp>>['app'];
type Db = Awaited<ReturnType<typeof testApp>>['db'];


const counted = async (db: Db) => (await db.selectFrom('responses').select(['id', 'counted']).where('counted', '=', 1).execute()).map((r) => r.id);
const decide = (app: App, id: string, verified: boolean) => app.request(`/api/admin/responses/${id}`, adminJson({ verified }, ADMIN, 'PATCH'));

describe('who counts', () => {
  it('a self-diagnosis reached from a campaign invitation is verified and counts at once', async () => {
    const { app, db } = await testApp();
    expect((await app.request('/api/admin/campaigns', adminJson({ surveyId: 'autodiagnostic', campaign: 'permanent' }))).status).toBe(201);
    const inv = await readJson<InvitationsAnswer>(await app.request('/api/admin/campaigns/autodiagnostic/permanent/invitations', adminJson({ lines: ['region:84'] })));
    const res = await postJson(app, '/api/surveys/autodiagnostic/responses', { answers: allSteps(2), status: 'complete', invitation: inv.created[0]!.code });
    expect(res.status).toBe(201);
    const { id, token } = (await res.json()) as { id: string; token: string };
    expect((await readJson<StoredResponse>(await getWithToken(app, `/api/responses/${id}`, token))).verification).toBe('verifiee');
    expect(await counted(db)).toEqual([id]);
  });

  it('a response without invitation waits, listed with the collectivity it declares; validated it counts, set aside it does not', async () => {
    const { app, db } = await testApp();
    const res = await postJson(app, '/api/surveys/autodiagnostic/responses', { answers: { collectivite: 'epci:200040715', ...allSteps(1) }, status: 'complete' });
    const { id, token } = (await res.json()) as { id: string; token: string };
    expect((await readJson<StoredResponse>(await getWithToken(app, `/api/responses/${id}`, token))).verification).toBe('en_attente');
    expect(await counted(db)).toEqual([]);
    const pending = await readJson<ResponseForReview[]>(await app.request('/api/admin/responses?surveyId=autodiagnostic', { headers: ADMIN }));
    expect(pending).toMatchObject([{ id, collectivite: { key: 'epci:200040715', label: 'Grenoble-Alpes-Métropole (métropole)' }, verification: 'en_attente', counted: false }]);
    // Only the administrator decides.
    expect((await app.request(`/api/admin/responses/${id}`, { method: 'PATCH', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: '{"verified":true}' })).status).toBe(403);

    expect((await decide(app, id, true)).status).toBe(200);
    expect(await counted(db)).toEqual([id]);
    expect((await decide(app, id, false)).status).toBe(200);
    expect(await counted(db)).toEqual([]);
    expect(await readJson<ResponseForReview[]>(await app.request('/api/admin/responses?verification=ecartee', { headers: ADMIN }))).toMatchObject([{ id, verification: 'ecartee' }]);
    expect((await decide(app, 'inconnue', true)).status).toBe(404);
  });

  it('one voice per collectivity and campaign: of its verified complete responses only the latest counts', async () => {
    const clock = movingClock('2026-11-22T10:00:00Z');
    const { app, db } = await testApp({ clock });
    const post = async () => (await (await postJson(app, '/api/surveys/autodiagnostic/responses', { answers: { collectivite: 'region:84', ...allSteps(3) }, status: 'complete' })).json()) as { id: string; token: string };
    const first = await post();
    clock.advance(60_000);
    const second = await post();
    expect((await decide(app, first.id, true)).status).toBe(200);
    expect(await counted(db)).toEqual([first.id]);
    // The second one, written later, is validated: it takes over.
    expect((await decide(app, second.id, true)).status).toBe(200);
    expect(await counted(db)).toEqual([second.id]);
    // Its counts are those of one response, not two.
    const base = await db.selectFrom('answer_counts').select((eb) => eb.fn.sum<number>('n').as('n')).where('question', '=', 'collectivite_type').where('value', '=', '').executeTakeFirstOrThrow();
    expect(Number(base.n)).toBe(1);
  });
});
