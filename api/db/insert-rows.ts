import { CompiledQuery } from 'kysely';
import { isPostgres } from './engine-of.js';
import { postgresInsert, quoted, type PostgresColumn } from './postgres-rows.js';
import type { SchemaAgnosticDb } from './schema-agnostic.js';

/** A column written by insertRows, with its PostgreSQL type. */
export type RowColumn = PostgresColumn;

/** What a row that already exists becomes: kept as it is, or its count column added to. */
export type OnConflict = { key: readonly string[]; add: string } | { key: readonly string[]; ignore: true };

/**
 * Rows per statement on SQLite: 64 at a time, then what remains by powers of two (32, 16,
 * … 1), so that a table is written by at most seven statement texts, each compiled once and
 * reused (sqlite-dialect.ts keeps 200). A remainder of any size made up to 64 texts a
 * table, which pushed one another out of that cache: better-sqlite3 compiled statements
 * again and again, 3 % of the writer thread (--cpu-prof). 64 rows of the widest table stay
 * under 1,000 bound parameters and 4,000 characters (what the dialect keeps compiled).
 */
const SQLITE_ROWS = 64;

/** The number of rows of the next statement, `left` rows being left to write. */
const nextChunk = (left: number) => (left >= SQLITE_ROWS ? SQLITE_ROWS : 2 ** Math.floor(Math.log2(left)));

const columnList = (columns: readonly RowColumn[]) => columns.map((c) => quoted(c.name)).join(', ');

function conflictClause(table: string, conflict: OnConflict | undefined): string {
  if (!conflict) return '';
  const key = `on conflict (${conflict.key.map(quoted).join(', ')})`;
  const add = quoted('add' in conflict ? conflict.add : '');
  return 'add' in conflict ? ` ${key} do update set ${add} = ${quoted(table)}.${add} + excluded.${add}` : ` ${key} do nothing`;
}

const sqliteText = new Map<string, string>();
function sqliteStatement(table: string, columns: readonly RowColumn[], rows: number, conflict: OnConflict | undefined): string {
  const id = `${table}\u0000${rows}\u0000${columns.map((c) => c.name).join(',')}\u0000${JSON.stringify(conflict ?? null)}`;
  let text = sqliteText.get(id);
  if (!text) {
    const tuple = `(${columns.map(() => '?').join(',')})`;
    text = `insert into ${quoted(table)} (${columnList(columns)}) values ${Array(rows).fill(tuple).join(',')}${conflictClause(table, conflict)}`;
    sqliteText.set(id, text);
  }
  return text;
}

/**
 * Writes rows (values in `columns` order) with the fewest statements each engine needs, and
 * statements whose text does not depend on the data, so that they are compiled once: on
 * SQLite, inserts of a fixed number of rows, whose compiled statements are reused; on
 * PostgreSQL, one INSERT … SELECT of all the rows, whatever their number, in one round
 * trip (postgres-rows.ts). Runs on `db`, which is
 * the caller's transaction when it has one.
 */
export async function insertRows(
  db: SchemaAgnosticDb,
  table: string,
  columns: readonly RowColumn[],
  rows: readonly (readonly unknown[])[],
  conflict?: OnConflict,
): Promise<void> {
  if (rows.length === 0) return;
  if (isPostgres(db)) {
    await db.executeQuery(postgresInsert(table, columns, rows, conflictClause(table, conflict)));
    return;
  }
  for (let start = 0; start < rows.length; ) {
    const chunk = rows.slice(start, start + nextChunk(rows.length - start));
    start += chunk.length;
    const parameters: unknown[] = [];
    for (const row of chunk) for (let i = 0; i < columns.length; i++) parameters.push(row[i] ?? null);
    await db.executeQuery(CompiledQuery.raw(sqliteStatement(table, columns, chunk.length, conflict), parameters));
  }
}
