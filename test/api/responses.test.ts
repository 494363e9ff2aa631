import { beforeEach, describe, expect, it } from 'vitest';
import { countStoredRows } from '../../api/queries/count-stored-rows.js';
import { complete2016, FRENCH, getWithToken, postJson, putJson, testApp } from '../helpers/test-app.js';
import { errorOf, readJson } from '../helpers/read-json.js';
import type { StoredResponse, SurveyDefinition, SurveySummary } from '../helpers/api-types.js';

/** A page of a SurveyJS definition, as far as the test reads it. */
type PageJson = { elements: { name: string }[] };

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeEach(async () => {
  ctx = await testApp();
});

async function create(answers = complete2016(), status = 'complete', survey = 'arricod-2016') {
  const res = await postJson(ctx.app, `/api/surveys/${survey}/responses`, { answers, status });
  expect(res.status, JSON.stringify(await res.clone().json())).toBe(201);
  return (await res.json()) as { id: string; token: string; status: string };
}

describe('surveys', () => {
  it('GET /api/health answers ok', async () => {
    const res = await ctx.app.request('/api/health');
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('GET /api/surveys lists the six instruments with their campaign', async () => {
    const list = await readJson<SurveySummary[]>(await ctx.app.request('/api/surveys'));
    expect(list.map((s) => s.id).sort()).toEqual([
      'arricod-2014', 'arricod-2016', 'autodiagnostic', 'enquete-annuelle', 'ua-2014-indicateurs', 'ua-2015-kit-de-survie',
    ]);
    const byId = Object.fromEntries(list.map((s) => [s.id, s]));
    expect(byId['arricod-2016']).toMatchObject({ year: 2016, campaign: '2016', kind: 'sondage' });
    expect(byId['enquete-annuelle']).toMatchObject({ year: null, campaign: '2026', kind: 'enquete' });
    for (const s of list) expect(Object.keys(s)).toEqual(expect.arrayContaining(['id', 'title', 'year', 'kind', 'campaign']));
  });

  it('GET /api/surveys/:id returns the SurveyJS definition; unknown id is a French 404', async () => {
    const body = await readJson<SurveyDefinition>(await ctx.app.request('/api/surveys/ua-2014-indicateurs'));
    expect(body.id).toBe('ua-2014-indicateurs');
    expect((body.json.pages[1] as PageJson).elements[0]!.name).toBe('indicateurs');
    const res = await ctx.app.request('/api/surveys/inconnu');
    expect(res.status).toBe(404);
    const err = await errorOf(res);
    expect(err.code).toBe('questionnaire_inconnu');
    expect(err.message).toMatch(FRENCH);
  });
});

describe('responses', () => {
  it('a valid complete arricod-2016 response gets 201 and reads back with its token only', async () => {
    const created = await create();
    expect(created.status).toBe('complete');
    expect(created.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(created.token).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const mine = await getWithToken(ctx.app, `/api/responses/${created.id}`, created.token);
    expect(mine.status).toBe(200);
    const body = await readJson<StoredResponse>(mine);
    expect(body).toMatchObject({ id: created.id, surveyId: 'arricod-2016', status: 'complete', answers: complete2016() });
    expect(typeof body.updatedAt).toBe('string');

    const without = await getWithToken(ctx.app, `/api/responses/${created.id}`);
    expect(without.status).toBe(401);
    expect((await errorOf(without)).code).toBe('jeton_manquant');

    const other = await create();
    const crossed = await getWithToken(ctx.app, `/api/responses/${created.id}`, other.token);
    expect(crossed.status).toBe(404);
    const missing = await getWithToken(ctx.app, `/api/responses/AAAAAAAAAAAAAAAAAAAAAA`, other.token);
    expect(missing.status).toBe(404);
    // Same answer whether the response exists or the token is wrong.
    expect(await crossed.json()).toEqual(await missing.json());
  });

  it('the token is stored only as a hash', async () => {
    const created = await create();
    const row = await ctx.db.selectFrom('responses').selectAll().where('id', '=', created.id).executeTakeFirstOrThrow();
    expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(created.token);
  });

  it('stores the answers once, in the response row, and replaces them on PUT; no other copy is written', async () => {
    const created = await create();
    const stored = async () => {
      const row = await ctx.db.selectFrom('responses').select(['answers', 'status']).where('id', '=', created.id).executeTakeFirstOrThrow();
      return { status: row.status, answers: JSON.parse(row.answers) as Record<string, unknown> };
    };
    expect(await stored()).toEqual({ status: 'complete', answers: complete2016() });
    // Not verified, so not counted: the response row is the only row it wrote.
    expect(await countStoredRows(ctx.db)).toEqual({ responses: 1, counts: 0 });

    const changed = { ...complete2016(), zone_cible: 'maroc', acteurs_mobilises: { reseaux: 'oui' } };
    const res = await putJson(ctx.app, `/api/responses/${created.id}`, { answers: changed, status: 'partial' }, created.token);
    expect(res.status).toBe(200);
    expect(await stored()).toEqual({ status: 'partial', answers: changed });
    const read = await readJson<StoredResponse>(await getWithToken(ctx.app, `/api/responses/${created.id}`, created.token));
    expect(read.answers.zone_cible).toBe('maroc');
    expect(read.status).toBe('partial');
  });

  it('a partial response may miss required answers; completing it checks them', async () => {
    const created = await create({ zone_cible: 'nsp' }, 'partial');
    const res = await putJson(ctx.app, `/api/responses/${created.id}`, { answers: { zone_cible: 'nsp' }, status: 'complete' }, created.token);
    expect(res.status).toBe(422);
    const err = await errorOf(res);
    expect(err.details.map((d) => d.question).sort()).toEqual(['actions_a_renforcer', 'actions_realisees', 'collectivite_type']);
    const stillPartial = await readJson<StoredResponse>(await getWithToken(ctx.app, `/api/responses/${created.id}`, created.token));
    expect(stillPartial.status).toBe('partial');
  });

  it('PUT needs the token of that response', async () => {
    const a = await create();
    const b = await create();
    const before = await countStoredRows(ctx.db);
    const res = await putJson(ctx.app, `/api/responses/${a.id}`, { answers: { zone_cible: 'maroc' }, status: 'partial' }, b.token);
    expect(res.status).toBe(404);
    const anonymous = await putJson(ctx.app, `/api/responses/${a.id}`, { answers: { zone_cible: 'maroc' }, status: 'partial' });
    expect(anonymous.status).toBe(401);
    expect(await countStoredRows(ctx.db)).toEqual(before);
    const read = await readJson<StoredResponse>(await getWithToken(ctx.app, `/api/responses/${a.id}`, a.token));
    expect(read.answers.zone_cible).toBe('chine');
  });
});

describe('collectivity from the registry', () => {
  it('derives type and population band from the chosen collectivity', async () => {
    const { collectivite_type: _t, strate_population: _s, ...rest } = complete2016();
    const created = await create({ ...rest, collectivite: 'epci:200040715' });
    const read = await readJson<StoredResponse>(await getWithToken(ctx.app, `/api/responses/${created.id}`, created.token));
    expect(read.answers).toMatchObject({ collectivite: 'epci:200040715', collectivite_type: 'metropole', strate_population: '100k_500k' });
    const row = await ctx.db.selectFrom('responses').selectAll().where('id', '=', created.id).executeTakeFirstOrThrow();
    expect([row.collectivite, row.collectivite_type, row.strate_population]).toEqual(['epci:200040715', 'metropole', '100k_500k']);
  });

  it('rejects a type or band that contradicts the registry', async () => {
    const before = await countStoredRows(ctx.db);
    const res = await postJson(ctx.app, '/api/surveys/arricod-2016/responses', {
      answers: { ...complete2016(), collectivite: 'epci:200040715', collectivite_type: 'commune', strate_population: '100k_500k' },
      status: 'complete',
    });
    expect(res.status).toBe(422);
    const err = await errorOf(res);
    expect(err.details).toEqual([expect.objectContaining({ question: 'collectivite_type', code: 'profil_contradictoire' })]);
    expect(err.details[0]!.message).toContain('Grenoble-Alpes-Métropole');
    expect(await countStoredRows(ctx.db)).toEqual(before);
  });
});

describe('concurrent edits', () => {
  it('a stale If-Match gets 412 and changes nothing; the ETag follows each edit', async () => {
    const created = await create();
    const read = await getWithToken(ctx.app, `/api/responses/${created.id}`, created.token);
    expect(read.headers.get('etag')).toBe('"v1"');
    const put = (zone: string, ifMatch?: string) =>
      ctx.app.request(`/api/responses/${created.id}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${created.token}`, ...(ifMatch ? { 'if-match': ifMatch } : {}) },
        body: JSON.stringify({ answers: { ...complete2016(), zone_cible: zone }, status: 'complete' }),
      });
    const first = await put('maroc', '"v1"');
    expect(first.status).toBe(200);
    expect(first.headers.get('etag')).toBe('"v2"');
    const before = await countStoredRows(ctx.db);
    // A second tab still holding version 1 would overwrite the first edit: refused.
    const stale = await put('nsp', '"v1"');
    expect(stale.status).toBe(412);
    const err = await errorOf(stale);
    expect(err.code).toBe('modification_concurrente');
    expect(err.message).toMatch(/modifiée entre-temps/);
    expect(await countStoredRows(ctx.db)).toEqual(before);
    const now = await readJson<StoredResponse>(await getWithToken(ctx.app, `/api/responses/${created.id}`, created.token));
    expect(now.answers.zone_cible).toBe('maroc');
    // Without If-Match the edit goes through (and raises the version).
    const blind = await put('chine');
    expect(blind.status).toBe(200);
    expect(blind.headers.get('etag')).toBe('"v3"');
  });
});
