/**
 * npm run backup [-- <fichier>]
 * A consistent copy of the database of DATABASE_URL, taken while the service runs: SQLite's
 * online backup, or pg_dump on PostgreSQL. Without a file name: BACKUP_DIR/aict-<instant>.
 */
import path from 'node:path';
import { backupFileName } from '../backup/daily-backups.js';
import { takeBackup } from '../backup/take-backup.js';
import { readConfig } from '../config.js';
import { isPostgresUrl } from '../db/create-database.js';

try {
  const config = readConfig(process.env);
  const engine = isPostgresUrl(config.databaseUrl) ? 'postgres' : 'sqlite';
  const file = process.argv[2] ?? path.join(config.backup.dir, backupFileName(new Date(), engine));
  const { bytes } = await takeBackup(config.databaseUrl, file);
  console.log(`Sauvegarde écrite\u202f: ${file} (${(bytes / 1024 / 1024).toLocaleString('fr-FR', { maximumFractionDigits: 1 })}\u00a0Mo). Restaurez-la avec «\u202fnpm run restore -- ${file}\u202f».`);
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
}
