/**
 * npm run bench (part) — complete submissions per second through HTTP, 64 connections,
 * against the same server's /api/health in the same run (issue 6: at least 2,000/s with
 * p99 under 50 ms on SQLite, and at least a tenth of the health route's throughput).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import { serve } from '@hono/node-server';
import { createApp } from '../../api/app.js';
import { createDatabase } from '../../api/db/create-database.js';
import { migrateToLatest } from '../../api/db/migrate.js';
import { systemClock } from '../../api/deps.js';
import { buildRegistry, readEtalabData } from '../../api/registry/registry.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 64;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aict-bench-http-'));
const { db } = createDatabase(path.join(dir, 'aict.db'));
await migrateToLatest(db);
const app = createApp({ db, registry: buildRegistry(readEtalabData()), clock: systemClock });
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
await new Promise((resolve) => server.once('listening', resolve));
const { port } = server.address() as AddressInfo;
const url = `http://127.0.0.1:${port}`;

const body = JSON.stringify({
  status: 'complete',
  answers: {
    collectivite: 'epci:200040715',
    service_repondant: 'relations_internationales',
    typologie_actions: { branding: 'realisee', marketing_territorial: 'prevue', compagnonnages: 'non' },
    actions_realisees: { promotion_internationale: 4, internationalisation_entreprises: 2, cooperation_economique: 3 },
    actions_a_renforcer: { promotion_internationale: 5, internationalisation_entreprises: 4, cooperation_economique: 2 },
    budget_aict_euros: 250000,
    etp_aict: 2.5,
    partenariats_actifs: 12,
    acteurs_mobilises: { entreprises: 'oui', reseaux: 'non' },
    zones_cibles: ['europe', 'asie'],
    evaluation_impact: 'parfois',
  },
});

async function load(title: string, path: string, options: Partial<autocannon.Options>) {
  const result = await autocannon({ ...options, url: `${url}${path}`, connections: CONNECTIONS, duration: SECONDS });
  const ok = result['2xx'];
  const line = `${title} : ${(ok / result.duration).toFixed(0)} réponses réussies/s, latence p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ${result.non2xx} échecs, ${result.errors} erreurs`;
  console.log(`  ${line}`);
  return { perSecond: ok / result.duration, p99: result.latency.p99, line };
}

console.log(`Débit HTTP, ${CONNECTIONS} connexions, ${SECONDS} s chacun (SQLite, synchronous = FULL)`);
const health = await load('GET /api/health', '/api/health', { method: 'GET' });
const submissions = await load('POST /api/surveys/enquete-annuelle/responses (complete)', '/api/surveys/enquete-annuelle/responses', {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body,
});
const stored = await db.selectFrom('responses').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
console.log(`  ${Number(stored.n)} réponses enregistrées ; soumissions / santé = ${(submissions.perSecond / health.perSecond).toFixed(3)}`);
// Let the last requests finish before the database closes.
await new Promise((resolve) => server.close(resolve));
await db.destroy();
fs.rmSync(dir, { recursive: true, force: true });
