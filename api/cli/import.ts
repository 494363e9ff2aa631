/**
 * npm run import -- <fichier.csv|fichier.xlsx> --survey <id> --campaign <campagne> [--partiel]
 * Imports historical responses laid out as our exports, through the API's validation,
 * into DATABASE_URL (default ./data/aict.db), with a progress bar and a report.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { createDatabase } from '../db/create-database.js';
import { migrateToLatest } from '../db/migrate.js';
import { systemClock } from '../deps.js';
import { DomainError } from '../domain/domain-error.js';
import { parseXlsx } from '../exports/xlsx.js';
import { importResponses } from '../imports/import-responses.js';
import { parseCsv } from '../imports/parse-csv.js';
import { compileCatalog } from '../instruments/compile-catalog.js';
import { loadInstruments } from '../instruments/catalog.js';
import { buildRegistry, readEtalabData } from '../registry/registry.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { survey: { type: 'string' }, campaign: { type: 'string' }, partiel: { type: 'boolean', default: false } },
});
const file = positionals[0];
if (!file || !values.survey || !values.campaign) {
  console.error('Usage : npm run import -- <fichier.csv|fichier.xlsx> --survey <questionnaire> --campaign <campagne> [--partiel]');
  process.exit(2);
}
const catalog = compileCatalog(loadInstruments());
const instrument = catalog.get(values.survey);
if (!instrument) {
  console.error(`Questionnaire inconnu : ${values.survey}`);
  process.exit(2);
}
if (!fs.existsSync(file)) {
  console.error(`Fichier introuvable : ${file}`);
  process.exit(2);
}
const bytes = fs.readFileSync(file);
const rows = /\.xlsx$/i.test(file) ? await parseXlsx(bytes) : parseCsv(bytes.toString('utf8'));
const { db } = createDatabase(process.env.DATABASE_URL || './data/aict.db');
await migrateToLatest(db);
const bar = new cliProgress.SingleBar(
  // Also drawn when the output is not a terminal (CI logs, pipes), at a slower pace.
  { format: 'Import [{bar}] {percentage} % | {value}/{total} étapes', barCompleteChar: '#', barIncompleteChar: '.', noTTYOutput: true, notTTYSchedule: 500 },
  cliProgress.Presets.legacy,
);
bar.start(Math.max(1, (rows.length - 1) * 2), 0);
try {
  const report = await importResponses({ db, registry: buildRegistry(readEtalabData()), clock: systemClock, catalog }, instrument, values.campaign, rows, {
    allOrNothing: !values.partiel,
    onProgress: (done, total) => {
      bar.setTotal(Math.max(1, total));
      bar.update(done);
    },
  });
  bar.stop();
  for (const r of report.rejected) for (const p of r.problems) console.log(`Ligne ${r.line}${p.question ? ` (${p.question})` : ''} : ${p.message}`);
  console.log(
    report.stored || report.rejected.length === 0
      ? `${report.imported} réponse(s) importée(s) sur ${report.total} dans ${instrument.id} / ${values.campaign} ; ${report.rejected.length} rejetée(s).`
      : `Rien n’a été importé : ${report.rejected.length} ligne(s) sur ${report.total} rejetée(s) (mode tout ou rien ; --partiel importe les lignes valides).`,
  );
  process.exitCode = report.rejected.length > 0 ? 1 : 0;
} catch (e) {
  bar.stop();
  console.error(e instanceof DomainError ? e.message : e);
  process.exitCode = 1;
} finally {
  await db.destroy();
}
