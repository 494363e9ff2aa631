import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type SQLite from 'better-sqlite3';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { OpenedDatabase } from '../../api/db/create-database.js';
import { COUNT_KEY, countDeltas, countRowsInKeyOrder, GROUP_COUNT_KEY, noDeltas } from '../../api/queries/adjust-answer-counts.js';
import type { NewResponse } from '../../api/queries/insert-responses.js';

/*
 * The bulk loader: the same rows as insertResponses (responses, answer_values, merged
 * answer_counts and answer_group_counts), all or nothing per call, but through each engine's fastest path, because
 * building a query per row costs more than storing it: one reused prepared statement per
 * table on SQLite, COPY on PostgreSQL. Loads are for benchmarks and tests; the API and the
 * imports keep insertResponses. The caller cuts large loads into calls of a few thousand
 * responses.
 */

const RESPONSE_COLUMNS = ['id', 'survey_id', 'campaign', 'status', 'token_hash', 'answers', 'collectivite', 'collectivite_type', 'strate_population', 'created_at', 'updated_at', 'verification', 'counted'] as const;
const CELL_COLUMNS = ['response_id', 'survey_id', 'campaign', 'status', 'question', 'row_key', 'col_key', 'value', 'num', 'collectivite_type', 'strate_population'] as const;
const COUNT_COLUMNS = [...COUNT_KEY, 'n'] as const;
const GROUP_COUNT_COLUMNS = [...GROUP_COUNT_KEY, 'n'] as const;

function mergedCounts(items: NewResponse[]) {
  const deltas = noDeltas();
  for (const i of items) if (i.row.counted === 1) countDeltas(deltas, i.row, i.counted, 1);
  return countRowsInKeyOrder(deltas);
}

export async function bulkInsertResponses(target: OpenedDatabase, items: NewResponse[]): Promise<void> {
  if (items.length === 0) return;
  if (target.sqlite) bulkSqlite(target.sqlite, items);
  else if (target.pool) await bulkPostgres(target.pool, items);
  else throw new Error('bulkInsertResponses : base ouverte sans son pilote (createDatabase).');
}

interface BulkStatements {
  response: SQLite.Statement;
  cell: SQLite.Statement;
  count: SQLite.Statement;
  groupCount: SQLite.Statement;
}
const statements = new WeakMap<SQLite.Database, BulkStatements>();

function bulkSqlite(sqlite: SQLite.Database, items: NewResponse[]): void {
  let s = statements.get(sqlite);
  if (!s) {
    const marks = (n: number) => Array(n).fill('?').join(', ');
    s = {
      response: sqlite.prepare(`insert into responses (${RESPONSE_COLUMNS.join(', ')}) values (${marks(RESPONSE_COLUMNS.length)})`),
      cell: sqlite.prepare(`insert into answer_values (${CELL_COLUMNS.join(', ')}) values (${marks(CELL_COLUMNS.length)})`),
      count: sqlite.prepare(
        `insert into answer_counts (${COUNT_COLUMNS.join(', ')}) values (${marks(COUNT_COLUMNS.length)}) on conflict (${COUNT_KEY.join(', ')}) do update set n = n + excluded.n`,
      ),
      groupCount: sqlite.prepare(
        `insert into answer_group_counts (${GROUP_COUNT_COLUMNS.join(', ')}) values (${marks(GROUP_COUNT_COLUMNS.length)}) on conflict (${GROUP_COUNT_KEY.join(', ')}) do update set n = n + excluded.n`,
      ),
    };
    statements.set(sqlite, s);
  }
  const { response, cell, count, groupCount } = s;
  // BEGIN IMMEDIATE, like every write transaction of the service (see sqlite-dialect.ts).
  sqlite.transaction(() => {
    for (const item of items) {
      const r = item.row as Record<string, unknown>;
      response.run(RESPONSE_COLUMNS.map((c) => r[c] ?? null));
      // Positional, in CELL_COLUMNS order: no object per cell on the hot path (52 per response).
      const { id, survey_id, campaign, status, collectivite_type, strate_population } = item.row;
      for (const c of item.cells) {
        cell.run(id, survey_id, campaign, status, c.question, c.row_key, c.col_key, c.value, c.num ?? null, collectivite_type ?? null, strate_population ?? null);
      }
    }
    const merged = mergedCounts(items);
    for (const c of merged.counts) count.run(COUNT_COLUMNS.map((k) => c[k]));
    for (const c of merged.groups) groupCount.run(GROUP_COUNT_COLUMNS.map((k) => c[k]));
  }).immediate();
}

/** A value in COPY's text format: \N for null, backslash escapes for the separators. */
function copyText(v: unknown): string {
  if (v === null || v === undefined) return '\\N';
  return String(v).replace(/[\\\t\n\r]/g, (ch) => (ch === '\\' ? '\\\\' : ch === '\t' ? '\\t' : ch === '\n' ? '\\n' : '\\r'));
}

/** COPY's text format, one line per row, the values already in the table's column order. */
async function copyLines(client: pg.PoolClient, table: string, columns: readonly string[], rows: Iterable<unknown[]>): Promise<void> {
  const stream = client.query(copyFrom(`copy ${table} (${columns.join(', ')}) from stdin`));
  async function* chunks() {
    let chunk = '';
    for (const row of rows) {
      chunk += row.map(copyText).join('\t') + '\n';
      if (chunk.length > 1 << 16) {
        yield chunk;
        chunk = '';
      }
    }
    if (chunk) yield chunk;
  }
  await pipeline(Readable.from(chunks()), stream);
}

async function bulkPostgres(pool: pg.Pool, items: NewResponse[]): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    await copyLines(client, 'responses', RESPONSE_COLUMNS, items.map((i) => RESPONSE_COLUMNS.map((c) => (i.row as Record<string, unknown>)[c])));
    await copyLines(client, 'answer_values', CELL_COLUMNS, (function* () {
      for (const { row, cells } of items) {
        for (const c of cells) yield [row.id, row.survey_id, row.campaign, row.status, c.question, c.row_key, c.col_key, c.value, c.num, row.collectivite_type, row.strate_population];
      }
    })());
    const merged = mergedCounts(items);
    const upsert = async (table: string, columns: readonly string[], rows: Record<string, unknown>[]) => {
      const types = columns.map((c, i) => `$${i + 1}::${c === 'n' ? 'int' : 'text'}[]`).join(', ');
      await client.query(
        `insert into ${table} (${columns.join(', ')}) select * from unnest(${types})
         on conflict (${columns.slice(0, -1).join(', ')}) do update set n = ${table}.n + excluded.n`,
        columns.map((k) => rows.map((r) => r[k])),
      );
    };
    await upsert('answer_counts', COUNT_COLUMNS, merged.counts);
    await upsert('answer_group_counts', GROUP_COUNT_COLUMNS, merged.groups);
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
