import fs from 'node:fs';
import path from 'node:path';
import type { Clock } from '../deps.js';

const PREFIX = 'aict-';
const NAME = /^aict-(\d{8}T\d{6}Z)\.(sqlite|pgdump)$/;
const DAY_MS = 24 * 60 * 60 * 1000;

/** « aict-20261123T221500Z.sqlite »: the moment in the name, so that names sort by age. */
export function backupFileName(now: Date, engine: 'sqlite' | 'postgres'): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  return `${PREFIX}${stamp}.${engine === 'sqlite' ? 'sqlite' : 'pgdump'}`;
}

function takenAt(name: string): Date | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const s = m[1]!;
  return new Date(`${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}Z`);
}

/** The service's own backups in a folder, oldest first (other files are left alone). */
export function listBackups(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => takenAt(f) !== null).sort();
}

/** A backup is due when none was taken in the last 24 hours. */
export function backupIsDue(names: string[], now: Date): boolean {
  const newest = names.map(takenAt).filter((d): d is Date => d !== null).sort((a, b) => b.getTime() - a.getTime())[0];
  return !newest || now.getTime() - newest.getTime() >= DAY_MS;
}

/** The backups beyond the `keep` newest. */
export function backupsToPrune(names: string[], keep: number): string[] {
  return [...names].sort().slice(0, Math.max(0, names.length - keep));
}

/**
 * Takes a backup into `dir` when one is due, then keeps the `keep` newest; returns the file
 * taken, or null. Restarts do not multiply backups: the folder says when the last was taken.
 */
export async function backUpIfDue(options: { dir: string; keep: number; now: Date; engine: 'sqlite' | 'postgres'; take: (file: string) => Promise<unknown> }): Promise<string | null> {
  const { dir, keep, now } = options;
  if (keep < 1 || !backupIsDue(listBackups(dir), now)) return null;
  const file = path.join(dir, backupFileName(now, options.engine));
  await options.take(file);
  for (const old of backupsToPrune(listBackups(dir), keep)) fs.rmSync(path.join(dir, old), { force: true });
  return file;
}

/** Once at start, then every hour: a backup whenever the last one is a day old (BACKUP_KEEP 0: never). */
export function scheduleDailyBackups(options: {
  dir: string;
  keep: number;
  clock: Clock;
  engine: 'sqlite' | 'postgres';
  take: (file: string) => Promise<unknown>;
  onTaken?: (file: string) => void;
  onError?: (error: unknown) => void;
}): { stop(): void } {
  if (options.keep < 1) return { stop: () => {} };
  let busy = false;
  const check = () => {
    if (busy) return;
    busy = true;
    backUpIfDue({ ...options, now: options.clock.now() })
      .then((file) => file && options.onTaken?.(file), options.onError)
      .finally(() => (busy = false));
  };
  check();
  const timer = setInterval(check, 60 * 60 * 1000);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
