import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';
import { cachingStatements, ImmediateSqliteDialect } from './sqlite-dialect.js';

export type Engine = 'sqlite' | 'postgres';

export interface OpenedDatabase {
  db: Kysely<Database>;
  engine: Engine;
  /** The driver's own handle, for the bulk loader of tests and benchmarks only (test/loaders/bulk-insert-responses.ts). */
  sqlite?: SQLite.Database;
  pool?: pg.Pool;
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

/**
 * Opens the database that `url` names: a `postgres://` URL gives PostgreSQL through `pg`,
 * anything else is a SQLite file path (`:memory:` for tests).
 */
export function createDatabase(url: string, options: { synchronous?: 'FULL' | 'NORMAL' } = {}): OpenedDatabase {
  if (isPostgresUrl(url)) {
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), engine: 'postgres', pool };
  }
  if (url !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(url)), { recursive: true });
  const sqlite = new SQLite(url);
  // WAL lets readers run while a write commits; the busy timeout makes a second process
  // wait for the lock instead of failing; FULL syncs the WAL at every commit so an
  // acknowledged response survives a power cut, not only a process crash (NORMAL survives
  // a crash of the process only; README, "Durabilité", gives the figures of each).
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma(`synchronous = ${options.synchronous === 'NORMAL' ? 'NORMAL' : 'FULL'}`);
  sqlite.pragma('foreign_keys = ON');
  // SQLite's default page cache is 2 MB; the indexes of a national database are gigabytes,
  // and every write touches pages all over them. 256 MB, taken only as pages are read.
  sqlite.pragma('cache_size = -262144');
  return { db: new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: cachingStatements(sqlite) }) }), engine: 'sqlite', sqlite };
}
