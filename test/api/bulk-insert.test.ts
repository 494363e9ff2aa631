import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDatabase, type OpenedDatabase } from '../../api/db/create-database.js';
import { migrateToLatest } from '../../api/db/migrate.js';
import { loadInstruments } from '../../api/instruments/catalog.js';
import { compileAll } from '../../api/instruments/compile-all.js';
import { prepareAnswers } from '../../api/instruments/prepare-answers.js';
import { bulkInsertResponses } from '../../api/queries/bulk-insert-responses.js';
import { insertResponses, type NewResponse } from '../../api/queries/insert-responses.js';
import { newResponseRow } from '../../api/responses/create-response.js';
import { demoResponses } from '../../api/seed/demo-campaign.js';
import { fixedClock, testDatabaseUrl, testRegistry } from '../helpers/test-app.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aict-bulk-'));
const opened: OpenedDatabase[] = [];
afterAll(async () => {
  for (const o of opened) await o.db.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function open(name: string): Promise<OpenedDatabase> {
  const o = createDatabase(await testDatabaseUrl(path.join(dir, name)));
  opened.push(o);
  await migrateToLatest(o.db);
  return o;
}

async function contents(o: OpenedDatabase) {
  const responses = await o.db.selectFrom('responses').selectAll().orderBy('id').execute();
  const cells = await o.db
    .selectFrom('answer_values')
    .select(['response_id', 'survey_id', 'campaign', 'status', 'question', 'row_key', 'col_key', 'value', 'num', 'collectivite_type', 'strate_population'])
    .orderBy(['response_id', 'question', 'row_key', 'col_key', 'value'])
    .execute();
  const counts = await o.db.selectFrom('answer_counts').selectAll().where('n', '!=', 0).orderBy(['collectivite_type', 'strate_population', 'question', 'row_key', 'col_key', 'value']).execute();
  return { responses, cells: cells.map((c) => ({ ...c, num: c.num === null ? null : Number(c.num) })), counts };
}

describe('bulk loader', () => {
  it('stores exactly what the API’s path stores, on the engine under test', async () => {
    const instrument = compileAll(loadInstruments()).get('enquete-annuelle')!;
    const registry = testRegistry();
    const items: NewResponse[] = demoResponses(instrument, registry, 7).map(({ answers, status }) => {
      const prepared = prepareAnswers(instrument, answers, status, registry);
      return { ...prepared, row: newResponseRow({ clock: fixedClock }, instrument, prepared, status, '2026').row };
    });
    expect(items.length).toBeGreaterThan(100);
    expect(items.some((i) => i.row.status === 'partial')).toBe(true);
    // Texts that COPY must escape.
    items[0]!.row.answers = JSON.stringify({ ...JSON.parse(items[0]!.row.answers), commentaire: 'tab\there\\ and\nnew line\r' });

    const viaApi = await open('api.db');
    await viaApi.db.transaction().execute((trx) => insertResponses(trx, items));
    const viaBulk = await open('bulk.db');
    const third = Math.ceil(items.length / 3);
    for (let start = 0; start < items.length; start += third) await bulkInsertResponses(viaBulk, items.slice(start, start + third));

    const expected = await contents(viaApi);
    const actual = await contents(viaBulk);
    expect(actual.responses.length).toBe(items.length);
    expect(actual.responses).toEqual(expected.responses);
    expect(actual.cells).toEqual(expected.cells);
    expect(actual.counts).toEqual(expected.counts);
  });
});
