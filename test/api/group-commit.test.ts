import { describe, expect, it } from 'vitest';
import { Kysely } from 'kysely';
import SQLite from 'better-sqlite3';
import type { Database } from '../../api/db/schema.js';
import { migrateToLatest } from '../../api/db/migrate.js';
import { ImmediateSqliteDialect } from '../../api/db/sqlite-dialect.js';
import { createApp } from '../../api/app.js';
import { groupCommitWriter } from '../../api/responses/response-writer.js';
import { completeAnnualAnswers } from '../helpers/annual-answers.js';
import { ADMIN_HASH, adminJson, fixedClock, postJson, testApp, testRegistry, testCatalog } from '../helpers/test-app.js';
import { readJson } from '../helpers/read-json.js';
import type { InvitationsAnswer, StoredResponse } from '../helpers/api-types.js';

const answers = (budget: number) => ({ ...completeAnnualAnswers, budget_aict_euros: budget });

describe('group commit of new responses', () => {
  it('writes the submissions that arrive together in one transaction, and answers each only once stored', async () => {
    // A database that counts the statements that insert responses.
    let responseInserts = 0;
    const db = new Kysely<Database>({
      dialect: new ImmediateSqliteDialect({ database: new SQLite(':memory:') }),
      log: (event) => {
        if (event.level === 'query' && /^insert into "responses"/.test(event.query.sql)) responseInserts++;
      },
    });
    await migrateToLatest(db);
    const app = createApp({ db, catalog: testCatalog(), registry: testRegistry(), clock: fixedClock, adminTokenHash: ADMIN_HASH, writer: groupCommitWriter(db, testCatalog()) });
    // Forty invited communes, so that their responses count.
    expect((await app.request('/api/admin/campaigns', adminJson({ surveyId: 'enquete-annuelle', campaign: '2027' }))).status).toBe(201);
    const communes = testRegistry().all().filter((c) => c.type === 'commune').slice(0, 40).map((c) => c.key);
    const invited = await readJson<InvitationsAnswer>(await app.request('/api/admin/campaigns/enquete-annuelle/2027/invitations', adminJson({ lines: communes })));
    const { collectivite: _anyone, ...answered } = completeAnnualAnswers;
    const responseInsertsBefore = responseInserts;
    const results = await Promise.all(
      invited.created.map((inv, i) =>
        postJson(app, '/api/surveys/enquete-annuelle/responses', { answers: { ...answered, budget_aict_euros: 1000 * (i + 1) }, status: 'complete', invitation: inv.code }),
      ),
    );
    responseInserts -= responseInsertsBefore;
    expect(results.map((r) => r.status)).toEqual(Array(40).fill(201));
    expect(responseInserts).toBeGreaterThan(0);
    expect(responseInserts).toBeLessThan(40);
    // Every acknowledged response reads back with its own answers.
    for (const [i, r] of results.entries()) {
      const { id, token } = (await r.json()) as { id: string; token: string };
      const back = await readJson<StoredResponse>(await app.request(`/api/responses/${id}`, { headers: { authorization: `Bearer ${token}` } }));
      expect(back.answers.budget_aict_euros).toBe(1000 * (i + 1));
    }
    // And the counts hold the 40 of them.
    const base = await db
      .selectFrom('answer_counts')
      .select((eb) => eb.fn.sum<number>('n').as('n'))
      .where('question', '=', 'budget_aict_euros')
      .where('value', '=', '')
      .executeTakeFirstOrThrow();
    expect(Number(base.n)).toBe(40);
  });

  it('fails alone the response whose invitation another one of the same batch used first', async () => {
    const { app, db } = await testApp();
    const json = adminJson;
    expect((await app.request('/api/admin/campaigns', json({ surveyId: 'enquete-annuelle', campaign: '2027', label: 'Campagne 2027' }))).status).toBe(201);
    const inv = await readJson<InvitationsAnswer>(await app.request('/api/admin/campaigns/enquete-annuelle/2027/invitations', json({ lines: ['epci:200040715'] })));
    const code = inv.created[0]!.code;
    const withInvitation = { answers: { budget_aict_euros: 5 }, status: 'partial', invitation: code };
    const results = await Promise.all([
      ...Array.from({ length: 10 }, () => postJson(app, '/api/surveys/enquete-annuelle/responses', { answers: answers(7), status: 'complete' })),
      postJson(app, '/api/surveys/enquete-annuelle/responses', withInvitation),
      postJson(app, '/api/surveys/enquete-annuelle/responses', withInvitation),
    ]);
    const statuses = results.map((r) => r.status);
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(201));
    expect(statuses.slice(10).sort()).toEqual([201, 409]);
    const stored = await db.selectFrom('responses').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(stored.n)).toBe(11);
    const bound = await db.selectFrom('invitations').select('response_id').executeTakeFirstOrThrow();
    const winner = (await results[statuses[10] === 201 ? 10 : 11]!.json()) as { id: string };
    expect(bound.response_id).toBe(winner.id);
  });
});
