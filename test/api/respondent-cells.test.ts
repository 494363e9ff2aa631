import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import * as migration from '../../api/db/migrations/2026-11-24T0925-respondent-cells.js';
import { createResponse } from '../../api/responses/create-response.js';
import { seededRandom } from '../../api/seed/random.js';
import { complete2016, fixedClock, testCatalog, testDatabase, testRegistry } from '../helpers/test-app.js';

describe('migration 2026-11-24T0925-respondent-cells', () => {
  it('gives each profile of each campaign its number of counted responses, as the writes do', async () => {
    const db = await testDatabase();
    const catalog = testCatalog();
    const deps = { db, registry: testRegistry(), clock: fixedClock, catalog };
    const instrument = catalog.get('arricod-2016')!;
    const random = seededRandom(7);
    const types = ['region', 'commune', 'metropole'];
    const bands = ['moins_20k', 'plus_1m', undefined];
    for (let i = 0; i < 40; i++) {
      const answers = { ...complete2016(), collectivite_type: types[Math.floor(random() * 3)], strate_population: bands[Math.floor(random() * 3)] };
      // Partial and unverified responses are stored but not counted.
      const status = random() < 0.8 ? 'complete' : 'partial';
      await createResponse(deps, instrument, answers, status, { campaign: random() < 0.5 ? '2016' : '2017', verified: random() < 0.8 });
    }
    const respondentCells = () =>
      sql<{ survey_id: string; campaign: string; collectivite_type: string; strate_population: string; n: number }>`
        select survey_id, campaign, collectivite_type, strate_population, n from answer_counts
        where question = '' and row_key = '' and col_key = '' and value = '' and n <> 0 order by 1, 2, 3, 4`
        .execute(db)
        .then((r) => r.rows.map((row) => ({ ...row, n: Number(row.n) })));
    const written = await respondentCells();

    // The data as it stood before the migration, then the migration.
    await migration.down(db);
    expect(await respondentCells()).toEqual([]);
    await migration.up(db);

    const counted = await sql<{ survey_id: string; campaign: string; collectivite_type: string; strate_population: string; n: number }>`
      select survey_id, campaign, coalesce(collectivite_type, '') as collectivite_type, coalesce(strate_population, '') as strate_population, count(*) as n
      from responses where counted = 1 group by 1, 2, 3, 4 order by 1, 2, 3, 4`.execute(db);
    const expected = counted.rows.map((r) => ({ ...r, n: Number(r.n) }));
    // Several profiles, one without a population band, and responses left out of the counts.
    expect(expected.length).toBeGreaterThan(6);
    expect(expected.some((r) => r.strate_population === '')).toBe(true);
    expect(expected.reduce((sum, r) => sum + r.n, 0)).toBeLessThan(40);
    expect(await respondentCells()).toEqual(expected);
    expect(written).toEqual(expected);
    await db.destroy();
  });
});
