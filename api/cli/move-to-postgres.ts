/**
 * npm run move-to-postgres -- <fichier SQLite> <postgres://…>
 * Moves an existing SQLite database of the service into an empty PostgreSQL database:
 * migrates the target, copies every table, then checks the row counts.
 */
import fs from 'node:fs';
import cliProgress from 'cli-progress';
import { copyDatabase } from '../db/copy-database.js';
import { createDatabase, isPostgresUrl } from '../db/create-database.js';
import { migrateToLatest } from '../db/migrate.js';
import { counted } from '../../surveys/french-typography.js';

const [file, url] = process.argv.slice(2);
if (!file || !url || !isPostgresUrl(url) || !fs.existsSync(file)) {
  console.error('Usage\u202f: npm run move-to-postgres -- <fichier SQLite existant> <postgres://utilisateur@hôte/base>');
  process.exit(2);
}
const source = createDatabase(file).db;
const target = createDatabase(url).db;
const bar = new cliProgress.SingleBar(
  { format: '{table} [{bar}] {value}/{total}', barCompleteChar: '#', barIncompleteChar: '.', noTTYOutput: true, notTTYSchedule: 1000 },
  cliProgress.Presets.legacy,
);
try {
  await migrateToLatest(source);
  await migrateToLatest(target);
  bar.start(1, 0, { table: '' });
  const report = await copyDatabase(source, target, (table, done, total) => {
    bar.setTotal(Math.max(1, total));
    bar.update(done, { table });
  });
  bar.stop();
  for (const [table, n] of Object.entries(report.tables)) console.log(`${table}\u202f: ${counted(n, 'ligne copiée', 'lignes copiées')}`);
  console.log('Base déplacée vers PostgreSQL. Démarrez le service avec DATABASE_URL sur cette base.');
} catch (e) {
  bar.stop();
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
} finally {
  await source.destroy();
  await target.destroy();
}
