/**
 * npm run bench (part) — complete submissions per second through HTTP, 64 connections,
 * against the same server's /api/health in the same run (issue 6: at least 2,000/s with
 * p99 under 50 ms on SQLite FULL, and at least a tenth of the health route's throughput).
 * The server is the real entry point in its own process, as in production; the load
 * generator runs in this one.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { completeAnnualAnswers } from '../helpers/annual-answers.js';
import { startServerProcess } from '../helpers/server-process.js';
import { fr } from './french.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 64;

const verdict = (met: boolean) => (met ? 'atteint' : 'non atteint');
const annualBody = JSON.stringify({ status: 'complete', answers: completeAnnualAnswers });

async function load(url: string, title: string, route: string, options: Partial<autocannon.Options>) {
  const result = await autocannon({ ...options, url: `${url}${route}`, connections: CONNECTIONS, duration: SECONDS });
  const ok = result['2xx'];
  console.log(
    `  ${title}\u202f: ${fr(ok / result.duration)} réponses réussies/s, latence p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ${result.non2xx} échecs, ${result.errors} erreurs`,
  );
  return { perSecond: ok / result.duration, p99: result.latency.p99 };
}

for (const synchronous of ['FULL', 'NORMAL']) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aict-bench-http-'));
  const server = await startServerProcess({ DATABASE_URL: path.join(dir, 'aict.db'), SQLITE_SYNCHRONOUS: synchronous });
  console.log(`Débit HTTP, ${CONNECTIONS} connexions, ${SECONDS} s chacun (SQLite, synchronous = ${synchronous}, serveur dans son propre processus)`);
  const health = await load(server.url, 'GET /api/health', '/api/health', { method: 'GET' });
  const submissions = await load(server.url, 'POST /api/surveys/enquete-annuelle/responses (complete)', '/api/surveys/enquete-annuelle/responses', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: annualBody,
  });
  const ratio = submissions.perSecond / health.perSecond;
  console.log(
    `  soumissions / santé = ${fr(ratio, 3)}\u202f; objectifs\u202f: ≥ 2\u202f000/s ${verdict(submissions.perSecond >= 2000)}, p99 < 50 ms ${verdict(submissions.p99 < 50)}, ≥ 1/10 de santé ${verdict(ratio >= 0.1)}`,
  );
  await server.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}
