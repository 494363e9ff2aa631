import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { createDatabase, type OpenedDatabase } from '../../api/db/create-database.js';
import { migrateToLatest } from '../../api/db/migrate.js';
import { loadInstruments } from '../../api/instruments/catalog.js';
import { compileCatalog } from '../../api/instruments/compile-catalog.js';
import { prepareAnswers } from '../../api/instruments/prepare-answers.js';
import { dropSecondaryIndexes, SECONDARY_INDEXES } from '../../api/db/secondary-indexes.js';
import { insertResponses, type NewResponse } from '../../api/queries/insert-responses.js';
import { newResponseRow } from '../../api/responses/create-response.js';
import { demoResponses } from '../../api/seed/demo-campaign.js';
import { fixedClock, testDatabaseUrl, testRegistry } from '../helpers/test-app.js';
import { bulkInsertResponses } from '../loaders/bulk-insert-responses.js';
import { bulkLoadResponses } from '../loaders/bulk-load-responses.js';

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
    .orderBy('response_id').orderBy('question').orderBy('row_key').orderBy('col_key').orderBy('value')
    .execute();
  const inKeyOrder = <T,>(rows: T[]) => rows.sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  const counts = inKeyOrder(await o.db.selectFrom('answer_counts').selectAll().where('n', '!=', 0).execute());
  const groupCounts = inKeyOrder(await o.db.selectFrom('answer_group_counts').selectAll().where('n', '!=', 0).execute());
  expect(groupCounts.length).toBeGreaterThan(0);
  return { responses, cells: cells.map((c) => ({ ...c, num: c.num === null ? null : Number(c.num) })), counts, groupCounts };
}

/** Every index of the database: name, table, columns in order (unique ones too). */
async function indexes(o: OpenedDatabase): Promise<string[]> {
  const rows =
    o.engine === 'sqlite'
      ? await sql<{ d: string }>`select m.tbl_name || '.' || il.name || '(' || (select group_concat(ii.name, ',') from pragma_index_info(il.name) ii) || ')' || case when il."unique" then ' unique' else '' end as d
          from sqlite_master m, pragma_index_list(m.name) il where m.type = 'table' and il.origin = 'c'`.execute(o.db)
      : await sql<{ d: string }>`select replace(indexdef, 'public.', '') as d from pg_indexes where schemaname = 'public' and indexname not like '%_pkey'`.execute(o.db);
  return rows.rows.map((r) => r.d).sort();
}

const instrument = compileCatalog(loadInstruments()).get('enquete-annuelle')!;
function annualItems(seed: number): NewResponse[] {
  const registry = testRegistry();
  return demoResponses(instrument, registry, seed).map(({ answers, status }) => {
    const prepared = prepareAnswers(instrument, answers, status, registry);
    return { ...prepared, row: newResponseRow({ clock: fixedClock }, instrument, prepared, status, { campaign: '2026', verified: true }).row };
  });
}

describe('bulk loader', () => {
  it('stores exactly what the API’s path stores, on the engine under test', async () => {
    const items = annualItems(7);
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

  it('loads with its indexes built once at the end: same rows, same indexes as the migrations made', async () => {
    const items = annualItems(8);
    const viaApi = await open('api-load.db');
    await viaApi.db.transaction().execute((trx) => insertResponses(trx, items));
    const loaded = await open('load.db');
    const migrated = await indexes(loaded);
    for (const index of SECONDARY_INDEXES) expect(migrated.join(' ')).toContain(index.name);
    const half = Math.ceil(items.length / 2);
    const seen: number[] = [];
    const report = await bulkLoadResponses(loaded, [items.slice(0, half), items.slice(half)], (n) => seen.push(n));
    expect(report.responses).toBe(items.length);
    expect(seen).toEqual([half, items.length]);
    expect(await contents(loaded)).toEqual(await contents(viaApi));
    expect(await indexes(loaded)).toEqual(migrated);
  });

  it('rebuilds the indexes when a batch fails, keeps the batches before it, and the next start rebuilds them after a crash', async () => {
    const items = annualItems(9);
    const o = await open('failed-load.db');
    const migrated = await indexes(o);
    const half = Math.ceil(items.length / 2);
    // The second batch repeats a response of the first: the primary key refuses it, whole.
    const failing = bulkLoadResponses(o, [items.slice(0, half), [...items.slice(half), items[0]!]]);
    await expect(failing).rejects.toThrow();
    expect(await indexes(o)).toEqual(migrated);
    const stored = await o.db.selectFrom('responses').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(stored.n)).toBe(half);

    // A load killed before its last step leaves no secondary index; migrateToLatest, run at every start, builds them.
    await dropSecondaryIndexes(o.db);
    expect(await indexes(o)).not.toEqual(migrated);
    await migrateToLatest(o.db);
    expect(await indexes(o)).toEqual(migrated);
  });
});
