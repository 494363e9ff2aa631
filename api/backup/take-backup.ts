import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { isPostgresUrl } from '../db/create-database.js';
import { runPgTool } from './pg-tool.js';

/**
 * A consistent copy of the database, taken while the service runs, written to `file` (via a
 * temporary name, so that a file under that name is always whole):
 * - SQLite: SQLite's online backup (better-sqlite3's `backup()`). Through the service's own
 *   connection (`sqlite`), it goes page by page between requests and follows the writes
 *   that connection makes; from another process, it copies every page in one step, inside
 *   one read transaction (WAL: writers go on meanwhile), so other connections' writes
 *   cannot make it start over. Either way the copy is the database at one commit.
 * - PostgreSQL: pg_dump (custom format), which reads one snapshot of the database.
 */
export async function takeBackup(databaseUrl: string, file: string, sqlite?: SQLite.Database): Promise<{ file: string; bytes: number }> {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const partial = `${file}.partiel`;
  fs.rmSync(partial, { force: true });
  try {
    if (isPostgresUrl(databaseUrl)) await runPgTool('pg_dump', ['--format=custom', `--file=${partial}`, `--dbname=${databaseUrl}`]);
    else if (sqlite) await sqlite.backup(partial);
    else await backUpSqliteFile(databaseUrl, partial);
    fs.renameSync(partial, file);
  } catch (e) {
    fs.rmSync(partial, { force: true });
    throw e;
  }
  return { file, bytes: fs.statSync(file).size };
}

async function backUpSqliteFile(source: string, target: string): Promise<void> {
  if (!fs.existsSync(source)) throw new Error(`La base SQLite «\u202f${source}\u202f» n’existe pas\u202f: vérifiez DATABASE_URL.`);
  const db = new SQLite(source, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    await db.backup(target, { progress: ({ totalPages }) => Math.max(totalPages, 100) });
  } finally {
    db.close();
  }
}
