import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backUpIfDue, backupFileName, listBackups } from '../../api/backup/daily-backups.js';

describe('daily backups', () => {
  it('take one when the last is a day old, and keep the BACKUP_KEEP newest', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aict-daily-'));
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'pas une sauvegarde');
    const take = async (file: string) => fs.writeFileSync(file, 'copie');
    const at = (iso: string) => ({ dir, keep: 3, now: new Date(iso), engine: 'sqlite' as const, take });
    expect(await backUpIfDue(at('2027-01-01T03:00:00Z'))).toBe(path.join(dir, 'aict-20270101T030000Z.sqlite'));
    // A restart the same day takes none.
    expect(await backUpIfDue(at('2027-01-01T20:00:00Z'))).toBeNull();
    for (const day of ['02', '03', '04', '05']) expect(await backUpIfDue(at(`2027-01-${day}T03:00:00Z`))).not.toBeNull();
    expect(listBackups(dir)).toEqual(['aict-20270103T030000Z.sqlite', 'aict-20270104T030000Z.sqlite', 'aict-20270105T030000Z.sqlite']);
    expect(fs.existsSync(path.join(dir, 'notes.txt'))).toBe(true);
    expect(await backUpIfDue({ ...at('2027-02-01T03:00:00Z'), keep: 0 })).toBeNull();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('names a backup by its moment, so that names sort by age', () => {
    expect(backupFileName(new Date('2026-11-23T22:15:07.123Z'), 'postgres')).toBe('aict-20261123T221507Z.pgdump');
  });
});
