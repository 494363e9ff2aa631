import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { createDatabase, isPostgresUrl } from '../db/create-database.js';
import { runPgTool } from './pg-tool.js';

export type BackupKind = 'sqlite' | 'postgres';

/** What a backup file holds, from its first bytes: a SQLite database, or a pg_dump archive. */
export function backupKind(file: string): BackupKind {
  const head = Buffer.alloc(16);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, head, 0, 16, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (head.toString('latin1') === 'SQLite format 3\0') return 'sqlite';
  if (head.subarray(0, 5).toString('latin1') === 'PGDMP') return 'postgres';
  throw new Error(`«\u202f${file}\u202f» n’est pas une sauvegarde du service (ni base SQLite, ni archive pg_dump).`);
}

/** Rows that make a database « not empty »: what an administrator would lose. */
const HOLDINGS = ['responses', 'campaigns', 'invitations'] as const;

/** The responses, campaigns and invitations a database holds (0 when it has no tables yet). */
async function holdings(databaseUrl: string): Promise<{ rows: number; tables: boolean }> {
  if (!isPostgresUrl(databaseUrl) && !fs.existsSync(databaseUrl)) return { rows: 0, tables: false };
  const { db } = createDatabase(databaseUrl);
  try {
    let rows = 0;
    let tables = false;
    const existing = new Set((await db.introspection.getTables()).map((t) => t.name));
    for (const table of HOLDINGS) {
      if (!existing.has(table)) continue;
      tables = true;
      const r = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(db);
      rows += Number(r.rows[0]?.n ?? 0);
    }
    return { rows, tables: tables || existing.size > 0 };
  } finally {
    await db.destroy();
  }
}

/**
 * Puts a backup back into the database of `databaseUrl`: a SQLite backup into a SQLite file,
 * a pg_dump archive into PostgreSQL. A target that already holds responses, campaigns or
 * invitations is refused unless `force`. The service must be stopped meanwhile (SQLite: the
 * file is replaced). Returns the responses the restored database holds.
 */
export async function restoreBackup(file: string, databaseUrl: string, options: { force: boolean }): Promise<{ responses: number }> {
  if (!fs.existsSync(file)) throw new Error(`La sauvegarde «\u202f${file}\u202f» n’existe pas.`);
  const kind = backupKind(file);
  const target: BackupKind = isPostgresUrl(databaseUrl) ? 'postgres' : 'sqlite';
  if (kind !== target) {
    throw new Error(
      kind === 'sqlite'
        ? 'Cette sauvegarde est une base SQLite et DATABASE_URL désigne PostgreSQL\u202f: restaurez-la dans un fichier SQLite, puis «\u202fnpm run move-to-postgres\u202f».'
        : 'Cette sauvegarde vient de PostgreSQL (pg_dump) et DATABASE_URL désigne un fichier SQLite\u202f: indiquez une base PostgreSQL.',
    );
  }
  const before = await holdings(databaseUrl);
  if (before.rows > 0 && !options.force) {
    throw new Error(`La base de destination n’est pas vide (${before.rows} réponses, campagnes ou invitations)\u202f: choisissez une base vide, ou ajoutez --force pour la remplacer.`);
  }
  if (kind === 'postgres') {
    // A migrated but empty database (a first start with SEED=none) has the tables already: --clean replaces them.
    await runPgTool('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', ...(before.tables ? ['--clean', '--if-exists'] : []), `--dbname=${databaseUrl}`, file]);
  } else await restoreSqliteFile(file, databaseUrl);
  const after = await holdings(databaseUrl);
  const { db } = createDatabase(databaseUrl);
  try {
    const n = await db.selectFrom('responses').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return { responses: after.tables ? Number(n.n) : 0 };
  } finally {
    await db.destroy();
  }
}

/** Copies the backup beside the target, checks it, then puts it in the target's place (its old journal files removed). */
async function restoreSqliteFile(file: string, target: string): Promise<void> {
  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  const partial = `${target}.restauration`;
  fs.rmSync(partial, { force: true });
  const source = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    await source.backup(partial);
  } finally {
    source.close();
  }
  const copy = new SQLite(partial);
  try {
    const check = copy.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(`La sauvegarde est endommagée (${String(check)})\u202f: rien n’a été restauré.`);
  } catch (e) {
    copy.close();
    fs.rmSync(partial, { force: true });
    throw e;
  }
  copy.close();
  for (const journal of ['-wal', '-shm', '-journal']) fs.rmSync(`${target}${journal}`, { force: true });
  fs.renameSync(partial, target);
}
