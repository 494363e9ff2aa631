import { sql } from 'kysely';
import { isPostgres } from '../engine-of.js';
import type { SchemaAgnosticDb } from '../schema-agnostic.js';

/*
 * On SQLite, a table whose primary key is not an integer is stored twice: the rows in
 * rowid order, and the key again in an index. These tables are only ever reached by their
 * key (the counts, upserted and summed by it; the change notes, inserted and read by it), so
 * WITHOUT ROWID keeps each row once, in its key's B-tree: half the pages written per insert
 * or upsert, and one lookup instead of two. PostgreSQL has no rowid: nothing to do there.
 */
const TABLES = ['answer_counts', 'answer_group_counts', 'peer_snapshot_counts', 'peer_changes', 'publication_changes'] as const;
const WITHOUT_ROWID = /\s*WITHOUT\s+ROWID\s*$/i;

/** Builds `table` again with or without its rowid, from the definition SQLite keeps, rows included. */
async function rebuild(db: SchemaAgnosticDb, table: string, withoutRowid: boolean): Promise<void> {
  const found = await sql<{ sql: string }>`select sql from sqlite_master where type = 'table' and name = ${table}`.execute(db);
  const definition = found.rows[0]?.sql;
  if (!definition || WITHOUT_ROWID.test(definition) === withoutRowid) return;
  const copy = `${table}_rebuilt`;
  const columnsAndKey = definition.replace(/^CREATE TABLE\s+("?)[A-Za-z_]+\1/i, `CREATE TABLE "${copy}"`).replace(WITHOUT_ROWID, '');
  await sql.raw(withoutRowid ? `${columnsAndKey} WITHOUT ROWID` : columnsAndKey).execute(db);
  await sql.raw(`insert into "${copy}" select * from "${table}"`).execute(db);
  await sql.raw(`drop table "${table}"`).execute(db);
  await sql.raw(`alter table "${copy}" rename to "${table}"`).execute(db);
}

// Kysely runs SQLite migrations outside a transaction: one here, so that each table is
// either still the old one or wholly the new one.
async function rebuildAll(db: SchemaAgnosticDb, withoutRowid: boolean): Promise<void> {
  if (isPostgres(db)) return;
  await db.transaction().execute(async (trx) => {
    for (const table of TABLES) await rebuild(trx, table, withoutRowid);
  });
}

export const up = (db: SchemaAgnosticDb) => rebuildAll(db, true);
export const down = (db: SchemaAgnosticDb) => rebuildAll(db, false);
