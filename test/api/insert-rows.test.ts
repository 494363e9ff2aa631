import SQLite from 'better-sqlite3';
import { Kysely, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { insertRows, type RowColumn } from '../../api/db/insert-rows.js';
import type { Database } from '../../api/db/schema.js';
import { cachingStatements, ImmediateSqliteDialect } from '../../api/db/sqlite-dialect.js';
import { testDatabase } from '../helpers/test-app.js';

const COLUMNS: RowColumn[] = [
  { name: 'k', pg: 'text' },
  { name: 'label', pg: 'text' },
  { name: 'n', pg: 'int' },
  { name: 'x', pg: 'float8' },
];

async function scratch() {
  const db = await testDatabase();
  await sql`create table scratch (k varchar(64) primary key, label text, n integer not null, x double precision)`.execute(db);
  const read = async () => (await sql<{ k: string; label: string | null; n: number; x: number | null }>`select k, label, n, x from scratch order by k`.execute(db)).rows.map((r) => ({ ...r, n: Number(r.n), x: r.x === null ? null : Number(r.x) }));
  return { db, read };
}

describe('insertRows', () => {
  it('writes every value as given on either engine: empty texts, NULLs, quotes, JSON, emoji, numbers', async () => {
    const { db, read } = await scratch();
    const rows = [
      ['a', '', 0, 2.5],
      ['b', null, -3, null],
      ['c', '{"q":"guillemets \\" et \\\\ barre","emoji":"🤝"}', 7, 1e21],
      ['d', 'virgule, {accolade} "guillemet" \\ barre', 2_000_000_000, -0.125],
      ['e', 'NULL', 1, 0],
    ];
    await insertRows(db, 'scratch', COLUMNS, rows);
    expect(await read()).toEqual(rows.map(([k, label, n, x]) => ({ k, label, n, x })));
    await db.destroy();
  });

  it('a single row whose text is empty is one row with an empty text, not none', async () => {
    const { db, read } = await scratch();
    await insertRows(db, 'scratch', COLUMNS, [['', '', 1, null]]);
    expect(await read()).toEqual([{ k: '', label: '', n: 1, x: null }]);
    await db.destroy();
  });

  it('values holding the control characters that separate values on PostgreSQL are written as they are', async () => {
    const { db, read } = await scratch();
    const rows = [
      ['f', 'avant\u001eaprès', 1, null],
      ['g', '\u001f', 2, null],
      ['h', 'ordinaire', 3, 1.5],
    ];
    await insertRows(db, 'scratch', COLUMNS, rows);
    expect(await read()).toEqual(rows.map(([k, label, n, x]) => ({ k, label, n, x })));
    await db.destroy();
  });

  it('adds to the rows it meets, or leaves them, as its conflict clause says', async () => {
    const { db, read } = await scratch();
    await insertRows(db, 'scratch', COLUMNS, [['a', 'premier', 1, null]]);
    await insertRows(db, 'scratch', COLUMNS, [['a', 'second', 4, null], ['b', 'nouveau', 2, null]], { key: ['k'], add: 'n' });
    await insertRows(db, 'scratch', COLUMNS, [['b', 'ignoré', 9, null]], { key: ['k'], ignore: true });
    expect(await read()).toEqual([
      { k: 'a', label: 'premier', n: 5, x: null },
      { k: 'b', label: 'nouveau', n: 2, x: null },
    ]);
    await db.destroy();
  });

  it('writes any number of rows, in statements of 64 then powers of two, each row once', async () => {
    const { db, read } = await scratch();
    for (const count of [1, 63, 64, 127, 200]) {
      const rows = Array.from({ length: count }, (_, i) => [`${count}-${String(i).padStart(3, '0')}`, `ligne ${i}`, i, null]);
      await insertRows(db, 'scratch', COLUMNS, rows);
    }
    const stored = await read();
    expect(stored).toHaveLength(1 + 63 + 64 + 127 + 200);
    expect(stored.filter((r) => r.k.startsWith('127-')).map((r) => r.n)).toEqual(Array.from({ length: 127 }, (_, i) => i));
    await db.destroy();
  });
});

describe('insertRows on SQLite', () => {
  it('compiles each statement text once, however many batches it writes, the widest table included', async () => {
    const database = new SQLite(':memory:');
    let compiled = 0;
    const prepare = database.prepare.bind(database);
    database.prepare = ((source: string) => {
      compiled++;
      return prepare(source);
    }) as typeof database.prepare;
    const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: cachingStatements(database) }) });
    // As wide as a response row: thirteen columns with long names.
    const columns: RowColumn[] = Array.from({ length: 13 }, (_, i) => ({ name: `colonne_numero_${String(i).padStart(2, '0')}`, pg: 'text' }));
    await sql.raw(`create table large (${columns.map((c) => `"${c.name}" text`).join(', ')})`).execute(db);
    const batch = (n: number) => Array.from({ length: n }, (_, i) => columns.map((c) => `${c.name}-${i}`));
    await insertRows(db, 'large', columns, batch(200));
    const afterFirst = compiled;
    for (let i = 0; i < 10; i++) await insertRows(db, 'large', columns, batch(200));
    expect(compiled).toBe(afterFirst);
    expect((await sql<{ n: number }>`select count(*) as n from large`.execute(db)).rows[0]!.n).toBe(2200);
    await db.destroy();
  });
});
