/**
 * npm run bench — the full results document of `enquete-annuelle` grouped by
 * collectivite_type at 10,000 and 100,000 complete responses, against a naive baseline
 * (load every response, count in JavaScript) measured in the same run.
 * Targets (issue 3): at 100,000, at least 10× faster than the baseline and under 300 ms.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely } from 'kysely';
import type { Database } from '../../api/db/schema.js';
import { migrateToLatest } from '../../api/db/migrate.js';
import { ImmediateSqliteDialect } from '../../api/db/sqlite-dialect.js';
import { loadInstruments } from '../../api/instruments/catalog.js';
import { compileCatalog } from '../../api/instruments/compile-catalog.js';
import { buildRegistry, readEtalabData } from '../../api/registry/registry.js';
import { computeResults } from '../../api/results/compute-results.js';
import { loadResponses } from './load-responses.js';
import { naiveResults } from './naive-results.js';
import { fr } from './french.js';

const SIZES = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number);
const RUNS = 7;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

async function time<T>(fn: () => Promise<T> | T): Promise<[number, T]> {
  const start = performance.now();
  const result = await fn();
  return [performance.now() - start, result];
}

function progress(label: string, done: number, total: number) {
  const width = 30;
  const filled = Math.round((done / total) * width);
  process.stdout.write(`\r  ${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${fr(done)} / ${fr(total)}`);
  if (done === total) process.stdout.write('\n');
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aict-bench-'));
const file = path.join(dir, 'bench.db');
const sqlite = new SQLite(file);
sqlite.pragma('journal_mode = WAL');
sqlite.pragma('synchronous = NORMAL'); // set-up speed only; the measured queries only read
const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: sqlite }) });
await migrateToLatest(db);
const registry = buildRegistry(readEtalabData());
const catalog = compileCatalog(loadInstruments());
const instrument = catalog.get('enquete-annuelle')!;
const campaign = 'bench';

console.log('Document de résultats de enquete-annuelle, regroupé par collectivite_type (SQLite, fichier)');
let loaded = 0;
const lines: string[] = [];
for (const size of SIZES) {
  const add = size - loaded;
  await loadResponses(db, catalog, instrument, registry, campaign, add, size, (done) => progress(`chargement de ${fr(size)} réponses`, loaded + done, size));
  loaded = size;
  sqlite.exec('analyze');

  const scope = { surveyId: instrument.id, campaign, groupBy: 'collectivite_type' };
  const ours: number[] = [];
  let doc: Awaited<ReturnType<typeof computeResults>> | undefined;
  for (let i = 0; i < RUNS; i++) {
    const [ms, d] = await time(() => computeResults(db, instrument.spec, scope, 5));
    ours.push(ms);
    doc = d;
  }
  const naive: number[] = [];
  let baseline: ReturnType<typeof naiveResults> | undefined;
  for (let i = 0; i < 3; i++) {
    const [ms, b] = await time(() => naiveResults(sqlite, instrument.id, campaign));
    naive.push(ms);
    baseline = b;
  }
  // Both must compute the same thing, or the comparison means nothing.
  const check = doc!.groups!.region!.questions!.typologie_actions;
  const expected = baseline!.region!.counts['typologie_actions|branding|realisee'];
  if (doc!.n !== size || check?.kind !== 'matrix' || check.rows.branding!.counts.realisee !== expected) {
    throw new Error('Le document de résultats et la référence naïve ne donnent pas les mêmes comptes.');
  }
  const a = median(ours);
  const b = median(naive);
  const line = `${fr(size)} réponses : document ${fr(a, 1)} ms (médiane de ${RUNS}), référence naïve ${fr(b)} ms (médiane de 3), ${fr(b / a, 1)} fois plus rapide`;
  lines.push(line);
  console.log(`  ${line}`);
}
console.log('\nRésumé');
for (const line of lines) console.log(`  ${line}`);
await db.destroy();
fs.rmSync(dir, { recursive: true, force: true });
