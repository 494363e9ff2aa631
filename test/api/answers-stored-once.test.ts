import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { Migrator, sql, type Kysely } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../api/app.js';
import { recountAnswerCounts } from '../../api/counting/recount-answer-counts.js';
import { createDatabase } from '../../api/db/create-database.js';
import { migrateToLatest } from '../../api/db/migrate.js';
import { migrations } from '../../api/db/migrations/index.js';
import * as respondentCells from '../../api/db/migrations/2026-11-24T0925-respondent-cells.js';
import type { SchemaAgnosticDb } from '../../api/db/schema-agnostic.js';
import type { Database } from '../../api/db/schema.js';
import { parseXlsx } from '../../api/exports/xlsx.js';
import { ADMIN, ADMIN_HASH, testCatalog, testDatabaseUrl, testRegistry } from '../helpers/test-app.js';

/*
 * The migration that stores answers once, on a database written by the service as it stood
 * before it (test/fixtures/legacy-database.json.gz: invitations, checked and unchecked
 * responses, edits, peer snapshots, a published campaign, written through its API by
 * commit 30a9281, whose every response also had its rows in answer_values). Loaded at the
 * schema of its date on the engine under test, read, migrated, read again.
 */

interface Dump {
  migration: string;
  tables: Record<string, { columns: string[]; rows: unknown[][] }>;
}
const dump = JSON.parse(zlib.gunzipSync(fs.readFileSync(path.join(import.meta.dirname, '../fixtures/legacy-database.json.gz'))).toString('utf8')) as Dump;
// Tables in an order their references accept.
const ORDER = ['settings', 'campaigns', 'responses', 'answer_values', 'answer_counts', 'answer_group_counts', 'invitations', 'peer_snapshots', 'peer_snapshot_counts', 'peer_changes', 'publication_changes', 'outbox'];

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aict-stored-once-'));
const opened: Kysely<Database>[] = [];
afterAll(async () => {
  for (const db of opened) await db.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A database at the schema of the fixture's date, holding its rows. */
async function legacyDatabase(name: string): Promise<Kysely<Database>> {
  const { db } = createDatabase(await testDatabaseUrl(path.join(dir, name)));
  opened.push(db);
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error } = await migrator.migrateTo(dump.migration);
  if (error) throw error;
  const loose = db as SchemaAgnosticDb;
  for (const table of ORDER) {
    const { columns, rows } = dump.tables[table]!;
    for (let start = 0; start < rows.length; start += 500) {
      const chunk = rows.slice(start, start + 500).map((r) => Object.fromEntries(columns.map((c, i) => [c, r[i]])));
      await loose.insertInto(table).values(chunk).execute();
    }
  }
  return db;
}

const clock = { now: () => new Date('2027-01-14T12:00:00Z') };

/** Everything the service publishes or hands out from the stored answers, as the administrator reads it. */
async function readings(db: Kysely<Database>) {
  const app = createApp({ db, catalog: testCatalog(), registry: testRegistry(), clock, adminTokenHash: ADMIN_HASH, suppressionK: 3 });
  const get = async (url: string) => {
    const res = await app.request(url, { headers: ADMIN });
    expect(res.status, `${url}: ${await res.clone().text()}`).toBe(200);
    return res;
  };
  const out: Record<string, unknown> = {};
  const results = [
    'enquete-annuelle/results?campaign=2027',
    'enquete-annuelle/results?campaign=2027&groupBy=collectivite_type',
    'enquete-annuelle/results?campaign=2027&groupBy=strate_population',
    'enquete-annuelle/results?campaign=2027&groupBy=service_repondant',
    'arricod-2016/results?campaign=2016&groupBy=collectivite_type',
    'autodiagnostic/results?campaign=permanent',
  ];
  for (const r of results) out[r] = await (await get(`/api/surveys/${r}`)).json();
  const ids = (await db.selectFrom('responses').select(['id', 'survey_id']).orderBy('id').execute()) as { id: string; survey_id: string }[];
  for (const { id, survey_id } of ids) {
    out[`response ${id}`] = await (await get(`/api/responses/${id}`)).json();
    if (testCatalog().get(survey_id)!.features.peers) out[`peers ${id}`] = await (await get(`/api/responses/${id}/peers`)).json();
  }
  for (const format of ['csv', 'json']) out[`export ${format}`] = await (await get(`/api/admin/campaigns/enquete-annuelle/2027/export?format=${format}&labels=1`)).text();
  // An XLSX file carries the moment it was written: its cells are compared.
  out['export xlsx'] = await parseXlsx(new Uint8Array(await (await get('/api/admin/campaigns/enquete-annuelle/2027/export?format=xlsx')).arrayBuffer()));
  return out;
}

async function tableExists(db: SchemaAgnosticDb, name: string): Promise<boolean> {
  return (await db.introspection.getTables()).some((t) => t.name === name);
}

const countRows = async (db: SchemaAgnosticDb, table: string) =>
  Number((await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(db)).rows[0]!.n);

describe('migration 2026-11-24T0910-answers-stored-once', () => {
  it('drops answer_values from a database the previous code wrote: identical results, peers and exports; counts equal a recount', async () => {
    const db = await legacyDatabase('legacy.db');
    expect(await countRows(db, 'answer_values')).toBe(dump.tables.answer_values!.rows.length);
    expect(dump.tables.answer_values!.rows.length).toBeGreaterThan(1000);
    // Today's code reads a campaign's total from the respondent cells, which a later
    // migration fills in from the responses: filled in for the readings of the previous
    // state, then taken out again, so that the migrations below fill them in themselves.
    await respondentCells.up(db);
    const before = await readings(db);
    await respondentCells.down(db);
    expect(Object.keys(before).filter((k) => k.startsWith('peers ')).length).toBeGreaterThan(30);

    await migrateToLatest(db);
    expect(await tableExists(db, 'answer_values')).toBe(false);
    expect(await countRows(db, 'responses')).toBe(dump.tables.responses!.rows.length);
    expect(await readings(db)).toEqual(before);

    // The counts the previous code kept are those the kinds count from the stored answers.
    const counts = async () => ({
      counts: await sql`select * from answer_counts where n <> 0 order by 1, 2, 3, 4, 5, 6, 7, 8`.execute(db),
      groups: await sql`select * from answer_group_counts where n <> 0 order by 1, 2, 3, 4, 5, 6, 7, 8`.execute(db),
    });
    const kept = await counts();
    expect(kept.counts.rows.length).toBeGreaterThan(500);
    await db.transaction().execute((trx) => recountAnswerCounts(trx, testCatalog()));
    expect(await counts()).toEqual(kept);
  });

  it('stops, dropping nothing, when a response’s rows hold an answer its own row lacks', async () => {
    const db: SchemaAgnosticDb = await legacyDatabase('tampered.db');
    const [row] = (await db.selectFrom('answer_values').select(['id', 'response_id']).where('question', '=', 'service_repondant').limit(1).execute()) as { id: number; response_id: string }[];
    await db.updateTable('answer_values').set({ value: 'autre_valeur' }).where('id', '=', row!.id).execute();
    await expect(migrateToLatest(db)).rejects.toThrow(new RegExp(`1 réponse\\(s\\).*${row!.response_id}.*rien n’a été supprimé`));
    expect(await tableExists(db, 'answer_values')).toBe(true);
    expect(await countRows(db, 'answer_values')).toBe(dump.tables.answer_values!.rows.length);
  });
});
