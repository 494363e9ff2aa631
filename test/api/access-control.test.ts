import { describe, expect, it } from 'vitest';
import { Kysely } from 'kysely';
import SQLite from 'better-sqlite3';
import { createApp } from '../../api/app.js';
import type { Clock } from '../../api/deps.js';
import type { Database } from '../../api/db/schema.js';
import { migrateToLatest } from '../../api/db/migrate.js';
import { ImmediateSqliteDialect } from '../../api/db/sqlite-dialect.js';
import { newOrderedId, newToken } from '../../api/security/tokens.js';
import { ADMIN, ADMIN_HASH, adminJson, fixedClock, getWithToken, postJson, putJson, testApp, testRegistry, testCatalog } from '../helpers/test-app.js';
import { errorOf, readJson } from '../helpers/read-json.js';
import type { InvitationsAnswer } from '../helpers/api-types.js';

const json = adminJson;

describe('access control', () => {
  it('a response, its diagnostic and its peers are unreachable with another response’s token, and look missing', async () => {
    const { app } = await testApp();
    const create = async () =>
      (await (await postJson(app, '/api/surveys/autodiagnostic/responses', { answers: { collectivite_type: 'region' }, status: 'partial' })).json()) as { id: string; token: string };
    const mine = await create();
    const theirs = await create();
    for (const suffix of ['', '/diagnostic', '/peers']) {
      const missing = await getWithToken(app, `/api/responses/${newOrderedId()}${suffix}`, theirs.token);
      const wrong = await getWithToken(app, `/api/responses/${mine.id}${suffix}`, theirs.token);
      expect(wrong.status).toBe(404);
      expect(await wrong.json()).toEqual(await missing.json());
      expect((await getWithToken(app, `/api/responses/${mine.id}${suffix}`)).status).toBe(401);
      expect((await getWithToken(app, `/api/responses/${mine.id}${suffix}`, mine.token)).status).not.toBe(404);
    }
    const edit = await putJson(app, `/api/responses/${mine.id}`, { answers: { collectivite_type: 'commune' }, status: 'partial' }, theirs.token);
    expect(edit.status).toBe(404);
    // Export rows are the administrator's only: a response token or an invitation code is not enough.
    for (const token of [mine.token, theirs.token]) {
      expect((await getWithToken(app, '/api/admin/campaigns/autodiagnostic/2026/export', token)).status).toBe(403);
    }
  });

  it('a reused or expired invitation opens nothing new, and another invitation’s code opens nothing', async () => {
    let now = new Date('2027-03-01T10:00:00Z');
    const clock: Clock = { now: () => now };
    const { app, db } = await testApp({ clock });
    expect((await app.request('/api/admin/campaigns', json({ surveyId: 'enquete-annuelle', campaign: '2027' }))).status).toBe(201);
    const inv = await readJson<InvitationsAnswer>(await app.request('/api/admin/campaigns/enquete-annuelle/2027/invitations', json({ lines: ['epci:200040715', 'region:84'] })));
    const [a, b] = inv.created.map((x) => x.code);
    const first = (await (await postJson(app, '/api/surveys/enquete-annuelle/responses', { answers: {}, status: 'partial', invitation: a })).json()) as { id: string };
    // Reused: refused, pointing at the existing response.
    const reused = await postJson(app, '/api/surveys/enquete-annuelle/responses', { answers: {}, status: 'partial', invitation: a });
    expect(reused.status).toBe(409);
    expect((await errorOf(reused)).details[0]!.responseId).toBe(first.id);
    // Another invitation's code does not open this response.
    expect((await getWithToken(app, `/api/responses/${first.id}`, b)).status).toBe(404);
    expect((await getWithToken(app, `/api/responses/${first.id}`, a)).status).toBe(200);
    // Expired: once the campaign is closed, the unused invitation creates nothing and the used one edits nothing.
    expect((await app.request('/api/admin/campaigns/enquete-annuelle/2027', json({ close: true }, ADMIN, 'PATCH'))).status).toBe(200);
    now = new Date('2027-03-02T10:00:00Z');
    const count = async () => Number((await db.selectFrom('responses').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const before = await count();
    const late = await postJson(app, '/api/surveys/enquete-annuelle/responses', { answers: {}, status: 'partial', invitation: b });
    expect(late.status).toBe(409);
    expect((await errorOf(late)).code).toBe('campagne_close');
    const lateEdit = await putJson(app, `/api/responses/${first.id}`, { answers: { budget_aict_euros: 1 }, status: 'partial' }, a);
    expect(lateEdit.status).toBe(409);
    expect(await count()).toBe(before);
  });

  it('ids carry 90 random bits after their time and tokens 256, never repeated', () => {
    const ids = new Set(Array.from({ length: 5000 }, () => newOrderedId(1_764_000_000_000)));
    const tokens = new Set(Array.from({ length: 5000 }, newToken));
    expect(ids.size).toBe(5000);
    expect(tokens.size).toBe(5000);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    for (const t of tokens) expect(t).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // Same millisecond: the time part is shared, the random part spreads over its alphabet.
    expect(new Set([...ids].map((id) => id.slice(0, 7))).size).toBe(1);
    expect(new Set([...ids].map((id) => id[7])).size).toBe(64);
    // Begins with a digit or a letter, which neither a spreadsheet nor a command line takes for something else.
    for (const id of [...ids, newOrderedId()]) expect(id).toMatch(/^[0-9A-Za-z]/);
  });

  it('a newer id sorts after an older one, as bytes compare (indexes grow at their end)', () => {
    const from2020 = Date.UTC(2020, 0, 1);
    const times = [from2020, from2020 + 1, from2020 + 63, from2020 + 64, from2020 + 4095, 1_764_000_000_000, 1_764_000_000_001, 1_764_086_400_000, Date.UTC(2159, 0, 1)];
    const ids = times.map((t) => newOrderedId(t));
    const byBytes = [...ids].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    expect(byBytes).toEqual(ids);
  });

  it('a missing response and a wrong token run the same queries and get the same answer', async () => {
    const queries: string[] = [];
    const db = new Kysely<Database>({
      dialect: new ImmediateSqliteDialect({ database: new SQLite(':memory:') }),
      log: (e) => {
        if (e.level === 'query') queries.push(e.query.sql);
      },
    });
    await migrateToLatest(db);
    const app = createApp({ db, catalog: testCatalog(), registry: testRegistry(), clock: fixedClock, adminTokenHash: ADMIN_HASH });
    const r = (await (await postJson(app, '/api/surveys/autodiagnostic/responses', { answers: {}, status: 'partial' })).json()) as { id: string };
    const run = async (id: string) => {
      queries.length = 0;
      const res = await getWithToken(app, `/api/responses/${id}`, newToken());
      return { status: res.status, body: await res.json(), queries: [...queries] };
    };
    const wrong = await run(r.id);
    const missing = await run(newOrderedId());
    expect(wrong.status).toBe(404);
    expect(missing).toEqual(wrong);
  });
});

describe('rate limits', () => {
  it('answer 429 with Retry-After past the limit of creations, store nothing, and reopen after the minute', async () => {
    let now = new Date('2027-03-01T10:00:00Z');
    const { db } = await testApp();
    const app = createApp({ db, catalog: testCatalog(), registry: testRegistry(), clock: { now: () => now }, rateLimits: { createPerMinute: 3, failedChecksPerMinute: 2 } });
    const post = () => postJson(app, '/api/surveys/autodiagnostic/responses', { answers: {}, status: 'partial' });
    for (let i = 0; i < 3; i++) expect((await post()).status).toBe(201);
    const refused = await post();
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('60');
    const error = await errorOf(refused);
    expect(error.code).toBe('trop_de_requetes');
    expect(error.message).toMatch(/réessayez dans 60\u00a0s/);
    expect(Number((await db.selectFrom('responses').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n)).toBe(3);
    now = new Date(now.getTime() + 61_000);
    expect((await post()).status).toBe(201);
  });

  it('count refused token checks only: the holder reads freely, a guesser is stopped', async () => {
    const now = new Date('2027-03-01T10:00:00Z');
    const { db } = await testApp();
    const app = createApp({ db, catalog: testCatalog(), registry: testRegistry(), clock: { now: () => now }, rateLimits: { createPerMinute: 0, failedChecksPerMinute: 2 } });
    const r = (await (await postJson(app, '/api/surveys/autodiagnostic/responses', { answers: {}, status: 'partial' })).json()) as { id: string; token: string };
    for (let i = 0; i < 5; i++) expect((await getWithToken(app, `/api/responses/${r.id}`, r.token)).status).toBe(200);
    expect((await getWithToken(app, `/api/responses/${r.id}`, newToken())).status).toBe(404);
    expect((await app.request(`/api/invitations/${newToken()}`)).status).toBe(404);
    const stopped = await getWithToken(app, `/api/responses/${r.id}`, newToken());
    expect(stopped.status).toBe(429);
    expect((await errorOf(stopped)).message).toMatch(/liens refusés/);
  });
});
