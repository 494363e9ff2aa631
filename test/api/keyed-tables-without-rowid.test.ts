import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { isPostgres } from '../../api/db/engine-of.js';
import * as migration from '../../api/db/migrations/2026-11-24T2100-keyed-tables-without-rowid.js';
import { createResponse } from '../../api/responses/create-response.js';
import { seededRandom } from '../../api/seed/random.js';
import { completeAnnualAnswers } from '../helpers/annual-answers.js';
import { fixedClock, testCatalog, testDatabase, testRegistry } from '../helpers/test-app.js';

const TABLES = ['answer_counts', 'answer_group_counts', 'peer_snapshot_counts', 'peer_changes', 'publication_changes'];

describe('migration 2026-11-24T2100-keyed-tables-without-rowid', () => {
  it('keeps every row of the keyed tables, each stored once in its key on SQLite, and the writes go on', async () => {
    const db = await testDatabase();
    const catalog = testCatalog();
    const deps = { db, registry: testRegistry(), clock: fixedClock, catalog };
    const instrument = catalog.get('enquete-annuelle')!;
    const random = seededRandom(11);
    const collectivities = ['epci:200040715', 'region:84', 'commune:38185', 'region:11'];
    const respond = (i: number, collectivite = collectivities[i % collectivities.length]) =>
      createResponse(deps, instrument, { ...completeAnnualAnswers, collectivite, budget_aict_euros: Math.round(random() * 100_000) }, 'complete', {
        campaign: '2026',
        verified: true,
      });
    // Two responses per collectivity: the second takes the first out.
    for (let i = 0; i < 8; i++) await respond(i);
    // A snapshot's counts, as the peers' round writes them.
    await db
      .insertInto('peer_snapshot_counts')
      .values([
        { survey_id: 'autodiagnostic', campaign: 'permanent', collectivite_type: 'region', strate_population: '', question: 'q', row_key: '', col_key: '', value: 'oui', n: 6 },
        { survey_id: 'autodiagnostic', campaign: 'permanent', collectivite_type: 'region', strate_population: '', question: 'q', row_key: '', col_key: '', value: '', n: 9 },
      ])
      .execute();
    const contents = async () => {
      const out: Record<string, unknown[]> = {};
      for (const table of TABLES) out[table] = (await sql`select * from ${sql.table(table)}`.execute(db)).rows.map((r) => JSON.stringify(r)).sort();
      return out;
    };
    const withoutRowid = async () => {
      const found = await sql<{ name: string; sql: string }>`select name, sql from sqlite_master where type = 'table'`.execute(db);
      return TABLES.filter((t) => /WITHOUT ROWID$/.test(found.rows.find((r) => r.name === t)!.sql));
    };
    const written = await contents();
    expect(written.answer_counts!.length).toBeGreaterThan(50);
    expect(written.peer_changes!.length).toBeGreaterThan(4);
    expect(written.publication_changes!.length).toBe(8);

    if (!isPostgres(db)) expect(await withoutRowid()).toEqual(TABLES);
    await migration.down(db);
    if (!isPostgres(db)) expect(await withoutRowid()).toEqual([]);
    expect(await contents()).toEqual(written);
    await migration.up(db);
    if (!isPostgres(db)) expect(await withoutRowid()).toEqual(TABLES);
    expect(await contents()).toEqual(written);

    // The upserts still add to the rows they meet.
    const before = await sql<{ n: number }>`select sum(n) as n from answer_counts`.execute(db);
    await respond(8, 'region:76');
    const after = await sql<{ n: number }>`select sum(n) as n from answer_counts`.execute(db);
    expect(Number(after.rows[0]!.n)).toBeGreaterThan(Number(before.rows[0]!.n));
    await db.destroy();
  });
});
