import { CompiledQuery } from 'kysely';
import { isPostgres } from './engine-of.js';
import type { SchemaAgnosticDb } from './schema-agnostic.js';

/**
 * A column written by insertRows, with its PostgreSQL type; 'json' is a text column whose
 * values are JSON text already (a response's answers), carried as they are.
 */
export interface RowColumn {
  name: string;
  pg: 'text' | 'int' | 'float8' | 'json';
}

/** What a row that already exists becomes: kept as it is, or its count column added to. */
export type OnConflict = { key: readonly string[]; add: string } | { key: readonly string[]; ignore: true };

/**
 * Rows per statement on SQLite: a fixed number, so that every full statement has the same
 * text and reuses one compiled statement (sqlite-dialect.ts keeps them); 64 rows of the
 * widest table stay under 1,000 bound parameters and 2,000 characters.
 */
const SQLITE_ROWS = 64;

/** A column's value in JSON; a 'json' column's value is JSON text already. */
function jsonValue(column: RowColumn, value: unknown): string {
  if (value === null || value === undefined) return 'null';
  return column.pg === 'json' ? String(value) : JSON.stringify(value);
}

/**
 * The rows as one JSON array of objects, for PostgreSQL's json_to_recordset: built by
 * joining strings, where arrays of text parameters cost a regular expression and a copy for
 * each value in the driver and doubled the garbage collector's work (measured with
 * --cpu-prof: an import of 60,000 responses went from 4,702 to 6,616 a second).
 */
function recordsJson(columns: readonly RowColumn[], rows: readonly (readonly unknown[])[]): string {
  const keys = columns.map((c) => `${JSON.stringify(c.name)}:`);
  const parts: string[] = [];
  for (const row of rows) {
    let text = '{';
    for (let i = 0; i < columns.length; i++) text += (i ? ',' : '') + keys[i] + jsonValue(columns[i]!, row[i]);
    parts.push(text + '}');
  }
  return `[${parts.join(',')}]`;
}

/** Identifiers quoted as Kysely writes them (the same text in SQLite and PostgreSQL). */
const quoted = (name: string) => `"${name}"`;
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
 * PostgreSQL, one INSERT … SELECT FROM json_to_recordset($1) of all the rows as one JSON
 * parameter, whatever their number (one round trip). Runs on `db`, which is
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
    const record = columns.map((c) => `${quoted(c.name)} ${c.pg === 'json' ? 'json' : c.pg}`).join(', ');
    const selected = columns.map((c) => (c.pg === 'json' ? `${quoted(c.name)}::text` : quoted(c.name))).join(', ');
    await db.executeQuery(
      CompiledQuery.raw(`insert into ${quoted(table)} (${columnList(columns)}) select ${selected} from json_to_recordset($1::json) as r(${record})${conflictClause(table, conflict)}`, [
        recordsJson(columns, rows),
      ]),
    );
    return;
  }
  for (let start = 0; start < rows.length; start += SQLITE_ROWS) {
    const chunk = rows.slice(start, start + SQLITE_ROWS);
    const parameters: unknown[] = [];
    for (const row of chunk) for (let i = 0; i < columns.length; i++) parameters.push(row[i] ?? null);
    await db.executeQuery(CompiledQuery.raw(sqliteStatement(table, columns, chunk.length, conflict), parameters));
  }
}
