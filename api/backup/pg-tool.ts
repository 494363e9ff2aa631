import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * A PostgreSQL client program: the newest one of Debian's /usr/lib/postgresql/<version>/bin
 * when there is one (pg_dump must be at least the server's version), else the one on PATH.
 */
function pgToolPath(name: 'pg_dump' | 'pg_restore'): string {
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root) ? fs.readdirSync(root).filter((v) => fs.existsSync(path.join(root, v, 'bin', name))) : [];
  versions.sort((a, b) => Number(a) - Number(b));
  const newest = versions.at(-1);
  return newest ? path.join(root, newest, 'bin', name) : name;
}

/** Runs pg_dump or pg_restore; rejects with its own message (in French around it) when it fails. */
export function runPgTool(name: 'pg_dump' | 'pg_restore', args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(pgToolPath(name), args, { maxBuffer: 16 * 1024 * 1024 }, (error, _stdout, stderr) => {
      if (!error) return resolve();
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
      reject(new Error(missing ? `${name} est introuvable\u202f: installez les programmes clients de PostgreSQL (paquet postgresql-client).` : `${name} a échoué\u202f: ${stderr.trim() || error.message}`));
    });
  });
}
