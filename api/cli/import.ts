/**
 * npm run import -- <fichier.csv|fichier.xlsx|fichier.jsonl> --survey <id> --campaign <campagne> [--partiel]
 * Imports responses (laid out as our exports, or the API's bodies one a line) through the
 * API's validation and write path, into DATABASE_URL (default ./data/aict.db), reading the
 * file as it goes, with a progress bar (share of the file read) and a report.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { createDatabase } from '../db/create-database.js';
import { migrateToLatest } from '../db/migrate.js';
import { systemClock } from '../deps.js';
import { DomainError } from '../domain/domain-error.js';
import { exportColumns } from '../exports/columns.js';
import { importRecords, formatOfFileName } from '../imports/import-records.js';
import { importResponses } from '../imports/import-responses.js';
import { compileCatalog } from '../instruments/compile-catalog.js';
import { loadInstruments } from '../instruments/catalog.js';
import { buildRegistry, readEtalabData } from '../registry/registry.js';
import { openResponseWriter } from '../responses/open-response-writer.js';
import { counted } from '../../surveys/french-typography.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { survey: { type: 'string' }, campaign: { type: 'string' }, partiel: { type: 'boolean', default: false } },
});
const file = positionals[0];
if (!file || !values.survey || !values.campaign) {
  console.error('Usage\u202f: npm run import -- <fichier.csv|fichier.xlsx|fichier.jsonl> --survey <questionnaire> --campaign <campagne> [--partiel]');
  process.exit(2);
}
const catalog = compileCatalog(loadInstruments());
const instrument = catalog.get(values.survey);
if (!instrument) {
  console.error(`Questionnaire inconnu\u202f: ${values.survey}`);
  process.exit(2);
}
if (!fs.existsSync(file)) {
  console.error(`Fichier introuvable\u202f: ${file}`);
  process.exit(2);
}
const size = Math.max(1, fs.statSync(file).size);
const input = fs.createReadStream(file, { highWaterMark: 1 << 20 });
const url = process.env.DATABASE_URL || './data/aict.db';
const opened = createDatabase(url);
const { db } = opened;
await migrateToLatest(db);
// The server's writer: on a SQLite file, a thread writes each batch while this one reads the next.
const writer = openResponseWriter(url, opened, catalog);
const bar = new cliProgress.SingleBar(
  // Also drawn when the output is not a terminal (CI logs, pipes), at a slower pace.
  { format: 'Import [{bar}] {percentage}\u00a0% du fichier | réponses lues\u202f: {imported}, rejetées\u202f: {rejected}', barCompleteChar: '#', barIncompleteChar: '.', noTTYOutput: true, notTTYSchedule: 500 },
  cliProgress.Presets.legacy,
);
bar.start(size, 0, { imported: 0, rejected: 0 });
try {
  const records = importRecords(formatOfFileName(file), exportColumns(instrument.spec), input);
  const report = await importResponses({ db, registry: buildRegistry(readEtalabData()), clock: systemClock, catalog, writer }, instrument, values.campaign, records, {
    allOrNothing: !values.partiel,
    onProgress: (r) => bar.update(Math.min(size, input.bytesRead), { imported: r.imported, rejected: r.rejected.length }),
  });
  bar.update(size);
  bar.stop();
  for (const r of report.rejected) for (const p of r.problems) console.log(`Ligne ${r.line}${p.question ? ` (${p.question})` : ''}\u202f: ${p.message}`);
  console.log(
    report.stored || report.rejected.length === 0
      ? `${counted(report.imported, 'réponse importée', 'réponses importées')} sur ${report.total} dans ${instrument.id} / ${values.campaign}\u202f; ${counted(report.rejected.length, 'rejetée', 'rejetées')}.`
      : `Rien n’a été importé\u202f: ${counted(report.rejected.length, 'ligne rejetée', 'lignes rejetées')} sur ${report.total} (mode tout ou rien\u202f; --partiel importe les lignes valides).`,
  );
  process.exitCode = report.rejected.length > 0 ? 1 : 0;
} catch (e) {
  bar.stop();
  console.error(e instanceof DomainError ? e.message : e);
  process.exitCode = 1;
} finally {
  await writer.close();
  await db.destroy();
}
